/**
 * @module The figures stage: counts, amounts and shares in the text, with their qualifier and
 * unit. "setidaknya 3.000 tentara" -> 3000, at_least, troops; "ribuan tentara" -> 1000,
 * thousands, troops; "Rp 482,5 triliun" -> 482.5e12 IDR.
 *
 * Parsers propose a quantity at a token (digits, number words, a vague word: core.ts); numbers
 * that are no count (years, dates, clock times, ordinals, labels such as "Pasal 160", phone
 * numbers, ages, model names) are left out (exclude.ts); the figure is then read around the
 * quantity (read-figure.ts): range, suffix qualifier, unit, currency, qualifier before. The dates
 * stage, which runs next, also drops any figure that overlaps a date it read.
 *
 * Rule ids, most specific first: figures.range, figures.range-between, figures.vague-quantity,
 * figures.qualified-number, figures.money, figures.percent, figures.spelled-number,
 * figures.number.
 */
import type { Figure } from '../../domain/figure.js';
import type { Stage } from '../../pipeline/stage.js';
import { readCore } from './core.js';
import { notACount, phoneEnd } from './exclude.js';
import { figuresModel, type FiguresModel } from './model.js';
import { readFigure } from './read-figure.js';
import { paragraphStreams, type TokenStream } from './stream.js';

/** "Pasal 212, 216 dan 218": only list joiners between this number and a label's number */
function continuesLabels(stream: TokenStream, labelEnd: number, at: number, m: FiguresModel): boolean {
  if (labelEnd < 0 || at - labelEnd > 2) return false;
  for (let k = labelEnd; k < at;) {
    const j = m.listJoiners.matchAt(stream.tokens, k);
    if (!j) return false;
    k = j.end;
  }
  return true;
}

function scan(stream: TokenStream, m: FiguresModel, text: string, out: Figure[]): void {
  const { tokens } = stream;
  let floor = 0;
  let labelEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i]!.kind;
    if (kind !== 'number' && kind !== 'word') continue;
    const idiom = kind === 'word' ? m.idioms.matchAt(tokens, i) : null;
    if (idiom) {
      i = idiom.end - 1;
      continue;
    }
    const core = readCore(tokens, i, m);
    if (!core) continue;
    const why = notACount(stream, core, m);
    if (why || (core.plain && continuesLabels(stream, labelEnd, core.start, m))) {
      if (why === 'label-before' || !why) labelEnd = core.end;
      i = (why === 'phone' ? phoneEnd(tokens, core.start) : core.end) - 1;
      continue;
    }
    const read = readFigure(stream, core, floor, m, text);
    if (read) {
      out.push(read.figure);
      floor = read.end;
      i = read.end - 1;
    } else i = Math.max(i, core.end - 1);
  }
}

export const figuresStage: Stage = {
  id: 'figures',
  version: 1,
  needsLexicon: true,
  run(doc, ctx) {
    if (!ctx.lex) return;
    const m = figuresModel(ctx.lex);
    const out: Figure[] = [];
    for (const stream of paragraphStreams(doc)) {
      try {
        scan(stream, m, doc.text, out);
      } catch (e) {
        doc.warnings.push(`figures: a paragraph could not be read (${(e as Error).message})`);
      }
    }
    doc.figures = out;
  },
};
