import type { Figure, Qualifier } from '../../domain/figure.js';
import type { Token } from '../../domain/text.js';
import { readCore, tidy, type Core } from './core.js';
import { notACount, yearLike } from './exclude.js';
import type { FiguresModel } from './model.js';
import type { TokenStream } from './stream.js';
import { readUnit } from './unit.js';

export interface FigureRead {
  figure: Figure;
  /** token index after the figure */
  end: number;
}

interface Range {
  max: number;
  min: number;
  start: number;
  end: number;
  between: boolean;
}

/** "1.500 hingga 3.000", "1,500-3,000", "antara 1.500 dan 3.000", "1,5 hingga 2 juta" */
function readRange(stream: TokenStream, c: Core, floor: number, m: FiguresModel): Range | null {
  const { tokens } = stream;
  const opener = m.rangeOpeners.matchEndingAt(tokens, c.start - 1);
  const open = opener && opener.start >= floor ? opener : null;
  if (!open && m.changeOpeners.matchEndingAt(tokens, c.start - 1)) return null;
  const join = (open ? open.value : m.rangeConnectors).matchAt(tokens, c.end);
  if (!join) return null;
  let k = join.end;
  const currency = m.unitsBefore.matchAt(tokens, k);
  if (currency) k = currency.end;
  if (!tokens[k]) return null;
  const second = readCore(tokens, k, m);
  if (!second || second.kind === 'vague' || notACount(stream, second, m)) return null;
  if (yearLike(c) && yearLike(second)) return null;
  let min = c.value;
  // "1,5 hingga 2 juta": the scale written once belongs to both ends
  if (c.factor === 1 && second.factor > 1 && c.value <= second.value / second.factor)
    min = tidy(c.value * second.factor);
  if (!(second.value > min)) return null;
  return { min, max: second.value, start: open ? open.start : c.start, end: second.end, between: !!open };
}

const TRAILING_REACH = 4;
const CLAUSE_END = new Set(['.', ',', ';', ':', '!', '?', ')', '…']);

/** "three years left in it at most.": a qualifier closing the clause a few words after the figure */
function trailingQualifier(tokens: readonly Token[], end: number, m: FiguresModel) {
  for (let k = end; k <= end + TRAILING_REACH && k < tokens.length; k++) {
    const q = m.trailingQualifiers.matchAt(tokens, k);
    if (q) {
      const next = tokens[q.end];
      return !next || next.kind === 'quote' || CLAUSE_END.has(next.text) ? q : null;
    }
    if (tokens[k]!.kind !== 'word') return null;
  }
  return null;
}

/** The most specific rule that read the figure. */
function ruleOf(
  range: Range | null,
  c: Core,
  qualified: boolean,
  money: boolean,
  unit: string | null,
): string {
  if (range) return range.between ? 'figures.range-between' : 'figures.range';
  if (c.kind === 'vague') return 'figures.vague-quantity';
  if (qualified) return 'figures.qualified-number';
  if (money) return 'figures.money';
  if (unit === 'percent') return 'figures.percent';
  return c.kind === 'words' ? 'figures.spelled-number' : 'figures.number';
}

const CURRENCY_CODE = /^[A-Z]{3}$/;

/**
 * Reads one figure around the quantity `c`: a range, a suffix qualifier ("3.000 lebih"), the
 * unit after it or the currency before it, and a qualifier before it ("setidaknya"). `floor` is
 * the first token not taken by the previous figure. Null when the quantity is not a count; the
 * caller has checked notACount.
 */
export function readFigure(
  stream: TokenStream,
  c: Core,
  floor: number,
  m: FiguresModel,
  text: string,
): FigureRead | null {
  const { tokens } = stream;
  const slice = (from: number, to: number): string => text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  let start = c.start;
  let end = c.end;
  let value = c.value;
  let max = c.vague?.max;
  let qualifier: Qualifier = c.vague ? c.vague.qualifier : 'exact';
  let qualifierText = c.vague ? slice(c.start, c.end) : undefined;
  let qualified = false;
  let unit: string | null = null;
  let unitText: string | undefined;
  const range = c.kind === 'vague' ? null : readRange(stream, c, floor, m);
  if (range) {
    value = range.min;
    max = range.max;
    qualifier = 'range';
    start = range.start;
    end = range.end;
  }
  let duration = false;
  if (c.unitInside) {
    unit = c.unitInside.entry.unit;
    unitText = c.unitInside.text;
    duration = c.unitInside.entry.duration;
  }
  // "3.000 lebih tentara", then "25 persen atau lebih"
  for (let pass = 0; pass < 2; pass++) {
    const s = qualifier === 'exact' ? m.suffixQualifiers.matchAt(tokens, end) : null;
    if (s) {
      qualifier = s.value;
      qualifierText = slice(s.start, s.end);
      end = s.end;
      qualified = true;
    }
    if (pass === 1 || c.unitInside) break;
    const u = readUnit(tokens, end, m, c.kind === 'vague');
    if (!u) break;
    unit = u.unit;
    unitText = slice(u.start, u.end);
    duration = u.duration;
    end = u.end;
  }
  const trailing = qualifier === 'exact' ? trailingQualifier(tokens, end, m) : null;
  if (trailing) {
    qualifier = trailing.value;
    qualifierText = slice(trailing.start, trailing.end);
    end = trailing.end;
    qualified = true;
  }
  let money = false;
  const before = c.currency ? null : m.unitsBefore.matchEndingAt(tokens, start - 1);
  if (c.currency || (before && before.start >= floor)) {
    unit = (c.currency ?? before!.value).unit;
    if (before) {
      unitText = slice(before.start, before.end);
      start = before.start;
    } else unitText = tokens[c.start]!.text.replace(/\d+$/, '');
    money = true;
  } else money = unit !== null && CURRENCY_CODE.test(unit);
  if (qualifier === 'exact') {
    const q = m.qualifiers.matchEndingAt(tokens, start - 1);
    // "over two weeks" is during two weeks
    const during =
      duration && q && m.durationPrepositions.matchEndingAt(tokens, start - 1)?.start === q.start;
    if (q && q.start >= floor && !during) {
      qualifier = q.value;
      qualifierText = slice(q.start, q.end);
      start = q.start;
      qualified = true;
    }
  }
  const counted = unit !== null;
  if (c.kind === 'words' && !counted && c.value < m.minBareWordValue) return null;
  if (c.vague?.needsUnit && !counted) return null;
  if (yearLike(c) && !counted && (qualifier === 'exact' || qualifier === 'up_to' || qualifier === 'range'))
    return null;
  const span = { start: tokens[start]!.start, end: tokens[end - 1]!.end };
  const figure = { value } as Figure;
  if (max !== undefined) figure.max = max;
  figure.qualifier = qualifier;
  figure.unit = unit;
  if (unitText !== undefined) figure.unitText = unitText;
  if (qualifierText !== undefined) figure.qualifierText = qualifierText;
  figure.text = text.slice(span.start, span.end);
  figure.span = span;
  figure.rule = ruleOf(range, c, qualified, money, unit);
  return { figure, end };
}
