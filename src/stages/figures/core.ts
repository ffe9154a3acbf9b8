import type { Token } from '../../domain/text.js';
import type { FiguresModel, UnitEntry, VagueEntry } from './model.js';
import { readNumeral } from './numeral.js';
import { readSpelled } from './spelled.js';
import { glued } from './stream.js';

/** A quantity before its context is read: the number, and the tokens it was written with. */
export interface Core {
  value: number;
  /** token indices: first, and after the last */
  start: number;
  end: number;
  kind: 'digits' | 'words' | 'vague';
  /** digits alone, no separator and no scale word: "2024", "19" */
  plain: boolean;
  /** the scale words multiplied in: 1e6 for "1,5 juta", 1 for "3.000" or words */
  factor: number;
  /** the digits token itself: "0812", "23" */
  digits?: string;
  vague?: VagueEntry;
  /** a currency glued to the digits: "Rp5" */
  currency?: UnitEntry;
  /** a unit in the same word: "two-kilometre", "two-season" */
  unitInside?: { entry: UnitEntry; text: string };
}

/** "two-kilometre": a number word and a unit joined by a hyphen */
function hyphenated(tokens: readonly Token[], i: number, m: FiguresModel): Core | null {
  const t = tokens[i]!;
  const dash = t.norm.indexOf('-');
  if (dash <= 0) return null;
  const value = m.words.get(t.norm.slice(0, dash));
  const entry = m.unitWords.get(t.norm.slice(dash + 1));
  if (value === undefined || !entry) return null;
  const unitInside = { entry, text: t.text.slice(dash + 1) };
  return { value, start: i, end: i + 1, kind: 'words', plain: false, factor: 1, unitInside };
}

const GLUED = /^(\p{L}+)(\d+)$/u;

/** 16.9 * 1e12 is 16899999999999.998 in floating point; twelve significant digits are plenty */
export const tidy = (x: number): number => (Number.isInteger(x) ? x : Number(x.toPrecision(12)));

/** "Rp482" "," "5" -> the currency and "482,5"; null unless a known currency is glued to digits. */
function gluedCurrency(tokens: readonly Token[], i: number, m: FiguresModel) {
  const g = GLUED.exec(tokens[i]!.norm);
  const currency = g ? m.gluedBefore.get(g[1]!) : undefined;
  if (!g || !currency) return null;
  let digits = g[2]!;
  let end = i + 1;
  while (
    tokens[end]?.kind === 'punct' &&
    (tokens[end]!.text === '.' || tokens[end]!.text === ',') &&
    glued(tokens[end - 1], tokens[end]) &&
    tokens[end + 1]?.kind === 'number' &&
    glued(tokens[end], tokens[end + 1])
  ) {
    digits += tokens[end]!.text + tokens[end + 1]!.text;
    end += 2;
  }
  return { currency, digits, end };
}

/**
 * A compact scale glued to digits with a unit word glued after it, one word for the segmenter:
 * "3万人" (万 + 人), "5000억원" (억 + 원).
 */
function scaleWithUnit(t: Token, m: FiguresModel): { factor: number; unitInside: Core['unitInside'] } | null {
  for (let cut = 1; cut < t.norm.length; cut++) {
    const factor = m.compactScales.get(t.norm.slice(0, cut));
    const entry = factor === undefined ? undefined : m.unitWords.get(t.norm.slice(cut));
    if (factor !== undefined && entry) return { factor, unitInside: { entry, text: t.text.slice(cut) } };
  }
  return null;
}

/** Scale words after digits: "1,5 juta", "5 ratus ribu", glued "$2bn", "1만2000" (10000 + 2000). */
function scaleAfter(
  tokens: readonly Token[],
  end: number,
  m: FiguresModel,
): { factor: number; end: number; add?: number; unitInside?: Core['unitInside'] } {
  const t = tokens[end];
  const compact = t && glued(tokens[end - 1], t) ? m.compactScales.get(t.norm) : undefined;
  const next = tokens[end + 1];
  // "1만2000명", "3万5千": a smaller count glued after the scale adds to it
  if (compact !== undefined && next?.kind === 'number' && glued(t, next) && /^\d+$/.test(next.text)) {
    const rest = Number(next.text);
    if (rest < compact) return { factor: compact, end: end + 2, add: rest };
  }
  if (compact !== undefined && (!glued(t, next) || next!.kind === 'punct'))
    return { factor: compact, end: end + 1 };
  const inside = t && t.kind === 'word' && glued(tokens[end - 1], t) ? scaleWithUnit(t, m) : null;
  if (inside) return { factor: inside.factor, end: end + 1, unitInside: inside.unitInside };
  let factor = 1;
  let k = end;
  while (k < end + 2 && tokens[k]?.kind === 'word') {
    const f = m.multipliers.get(tokens[k]!.norm) ?? m.scales.get(tokens[k]!.norm);
    if (f === undefined) break;
    factor *= f;
    k++;
  }
  return { factor, end: k };
}

/** Reads the quantity that starts at tokens[i], in digits, in words or as a vague word. */
export function readCore(tokens: readonly Token[], i: number, m: FiguresModel): Core | null {
  const t = tokens[i]!;
  if (t.kind === 'number') {
    const n = readNumeral(t.norm, m.decimal, m.thousands);
    if (!n) return null;
    const s = scaleAfter(tokens, i + 1, m);
    return {
      value: tidy(n.value * s.factor + (s.add ?? 0)),
      start: i,
      end: s.end,
      kind: 'digits',
      plain: n.plain && s.factor === 1,
      factor: s.factor,
      digits: t.norm,
      ...(s.unitInside ? { unitInside: s.unitInside } : {}),
    };
  }
  if (t.kind !== 'word') return null;
  const v = m.vague.matchAt(tokens, i);
  if (v)
    return {
      value: v.value.value,
      start: i,
      end: v.end,
      kind: 'vague',
      plain: false,
      factor: 1,
      vague: v.value,
    };
  const g = gluedCurrency(tokens, i, m);
  if (g) {
    const n = readNumeral(g.digits, m.decimal, m.thousands);
    if (!n) return null;
    const s = scaleAfter(tokens, g.end, m);
    return {
      value: tidy(n.value * s.factor),
      start: i,
      end: s.end,
      kind: 'digits',
      plain: false,
      factor: s.factor,
      currency: g.currency,
    };
  }
  const h = hyphenated(tokens, i, m);
  if (h) return h;
  const w = readSpelled(tokens, i, m);
  if (w) return { value: w.value, start: i, end: w.end, kind: 'words', plain: false, factor: 1 };
  return null;
}
