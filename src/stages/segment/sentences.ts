import type { Span } from '../../domain/span.js';
import { datelineLength } from './dateline.js';
import { endsGluedSentence, type GlueContext } from './glued.js';

// a run of terminators, then any closing quotes or brackets: ".", "?!", "….", ".”", ".)", Arabic "؟"
const TERMINATOR = /[.!?…؟]+["”’»)\]]*|[。！？]+[」』”’）)]*/g;
// full-width stops end a sentence with no space after them ("…発表した。林官房長官は"), but not
// inside a quotation a quotative of the language follows ("「…遺憾だ。」と述べた")
const FULL_STOP = /^[。！？]/;
const GLUED_PARTICLE = /[\p{L}\p{N}]/u;
// what a new sentence may start with: a capital, a digit, an opening quote or bracket
const STARTER = /["“„«‘'([\p{Lu}\p{Lt}\p{Lo}\d]/u;

// a speaker and cue alone after a quotation: short, no comma, closed by a full-width stop
const SHORT_TAG = /^[^，,、。！？“”「」]{1,16}[。！？]/;
const shortTag = (text: string, at: number) => SHORT_TAG.test(text.slice(at, at + 18));

export interface SentenceContext extends GlueContext {
  /** what keeps a sentence going after a full-width stop and a closing quotation: "と" */
  quoteContinuations?: readonly string[];
  /** what closes a wire dateline before a space: Chinese "电" in "北京4月11日电 …" */
  datelineMarkers?: readonly string[];
}

/**
 * Splits one paragraph into sentences. Never after an abbreviation from the lexicon ("Dr.",
 * "Prof.") or a single initial ("J. Kirby"), and never inside "3.000" or "23/10" (no space).
 * A terminator glued to a capital ends a sentence too ("ke Rusia.Juru Bicara", see glued.ts), and
 * a dateline ("JAKARTA, KOMPAS.com -") is a sentence of its own, so it never joins the subject
 * of the first sentence. The paragraph's end always ends a sentence: a headline or a caption
 * without a final stop never runs into the body.
 */
export function splitSentences(norm: string, para: Span, ctx: SentenceContext): Span[] {
  const out: Span[] = [];
  const text = norm.slice(para.start, para.end);
  let start = 0;
  const dateline = datelineLength(text, ctx.datelineMarkers);
  if (dateline > 0) {
    out.push({ start: para.start, end: para.start + text.slice(0, dateline).trimEnd().length });
    start = dateline;
  }
  TERMINATOR.lastIndex = start;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    const end = m.index + m[0].length;
    if (end >= text.length) break;
    if (FULL_STOP.test(m[0])) {
      if (m[0].length > 1 && !FULL_STOP.test(m[0].at(-1)!) && GLUED_PARTICLE.test(text[end]!)) {
        // "「…遺憾だ。」と述べた" and a short tag "“…。”林剑说。" go on; "…没有赢家。”他指出，…" starts anew
        const particles = ctx.quoteContinuations;
        if (!particles || particles.some((p) => text.startsWith(p, end)) || shortTag(text, end)) continue;
      }
      let next = end;
      while (next < text.length && text.charCodeAt(next) === 32) next++;
      out.push({ start: para.start + start, end: para.start + end });
      start = next;
      continue;
    }
    if (text.charCodeAt(end) !== 32) {
      if (endsGluedSentence(text, m.index, m[0], ctx)) {
        out.push({ start: para.start + start, end: para.start + end });
        start = end;
      }
      continue;
    }
    let next = end;
    while (next < text.length && text.charCodeAt(next) === 32) next++;
    if (next >= text.length || !STARTER.test(text[next]!)) continue;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(text, m.index, ctx.abbreviations))
      continue;
    out.push({ start: para.start + start, end: para.start + end });
    start = next;
  }
  if (start < text.length) out.push({ start: para.start + start, end: para.end });
  return out;
}

function isAbbreviation(text: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) return false;
  // "J." an initial; "A.S." or "U.S." an initialism
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}
