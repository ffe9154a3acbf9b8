import type { ExtractResult } from '../domain/extract-result.js';
import { contentsHolding } from './positions.js';

type Statement = ExtractResult['statements'][number];
type Figure = Statement['figures'][number];
type Span = { start: number; end: number };

// the end of a sentence: a word of two lower-case letters or digits, a full stop, a capital
// ("… in Russia. The Pentagon"), never "U.S. Army" or "Mr. Lee"; or a line break
const SENTENCE_END = /[\p{Ll}\d]{2}[.!?]["”’)]?\s+(?=[\p{Lu}“"])|\n/gu;

function crossesSentence(text: string, a: number, b: number): boolean {
  const from = Math.min(a, b);
  SENTENCE_END.lastIndex = 0;
  const part = text.slice(from, Math.max(a, b));
  return SENTENCE_END.test(part);
}

const within = (x: Span, y: Span) => x.start >= y.start && x.end <= y.end;
const size = (x: Span) => x.end - x.start;

/**
 * The figures a statement gives: those its own content holds. When several statements' contents
 * hold a figure, it is the innermost one's ("X cited Y as saying 300 …" gives it to Y, not X);
 * and reported speech that runs on past its sentence does not take a figure from the next
 * sentence ("Lee said troops were sent. The cost reached 1 billion." gives Lee no billion).
 * A direct quote keeps every figure inside its quotation marks.
 */
export function statementFigures(r: ExtractResult, st: Statement): Figure[] {
  const attribution = [st.speaker.span, st.cueSpan].filter((x): x is Span => !!x);
  return st.figures.filter((f) => {
    if (!within(f.span, st.contentSpan)) return false;
    const inner = contentsHolding(r, f.span).some(
      (o) => o !== st && size(o.contentSpan) < size(st.contentSpan),
    );
    if (inner) return false;
    if (st.direct || !attribution.length) return true;
    return attribution.some(
      (a) => !crossesSentence(r.text, f.span.start, a.start < f.span.start ? a.end : a.start),
    );
  });
}
