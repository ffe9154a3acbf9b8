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
 * Conventions (the data in numbers.json can change them):
 * - a vague quantity's value is the base of its order of magnitude and its qualifier names it:
 *   "ribuan"/"thousands" = 1000 thousands, "puluhan"/"dozens" = 10 dozens (the same in both
 *   languages, so the ledger can compare them), "puluhan juta" = 1e7 millions; "belasan" is the
 *   range 11-19; "beberapa"/"several" = 3 several, and only with a unit after it.
 * - "hampir"/"nearly"/"almost" give `about`, not `less_than`: reporters use them to round ("nearly
 *   3,000" is reported beside "about 3,000"), and the words stay in `qualifierText`.
 * - "dari X hingga Y" / "from X to Y" is a change, so two figures; "antara X dan Y", "between X
 *   and Y", "X hingga Y", "X-Y" are ranges (value X, max Y; a scale written once counts for both:
 *   "1,5 hingga 2 juta").
 * - a year-like number (1800-2100, four digits, no separator) is a figure only with a unit or
 *   currency ("2000 tentara", "Rp 2000").
 *
 * Rule ids, most specific first: figures.range, figures.range-between, figures.vague-quantity,
 * figures.qualified-number, figures.money, figures.percent, figures.spelled-number,
 * figures.number.
 */
import type { Figure } from '../../domain/figure.js';
import type { Stage } from '../../pipeline/stage.js';
import { filterOf, type WordFilter } from '../../lexicon/word-filter.js';
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

/** Whether a word could begin a quantity: listed, "twenty-five", or digits glued to it ("Rp5") */
function mayStart(norm: string, m: FiguresModel, starts: WordFilter): boolean {
  // most words are no quantity's first word: turned away before the set
  if (starts.mayHave(norm) && m.starts.has(norm)) return true;
  const last = norm.charCodeAt(norm.length - 1);
  if (last >= 48 && last <= 57) return true;
  const dash = norm.indexOf('-');
  return dash > 0 && m.words.has(norm.slice(0, dash));
}

function scan(stream: TokenStream, m: FiguresModel, text: string, out: Figure[]): void {
  const { tokens } = stream;
  let floor = 0;
  let labelEnd = -1;
  const starts = filterOf(m.starts);
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i]!.kind;
    if (kind !== 'number' && (kind !== 'word' || !mayStart(tokens[i]!.norm, m, starts))) continue;
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
  // 3: lexicon phrases tokenized with the language's particles and suffixes, as its text is
  version: 3,
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
