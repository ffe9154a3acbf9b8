import type { Figure, Qualifier } from '../../domain/figure.js';
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

const PRECEDENCE = ['range', 'vague', 'qualified', 'money', 'percent', 'spelled', 'number'] as const;

/**
 * Reads one figure around the quantity `c`: a range, a suffix qualifier ("3.000 lebih"), the
 * unit after it or the currency before it, and a qualifier before it ("setidaknya"). `floor` is
 * the first token not taken by the previous figure. Null when the quantity is not a count.
 */
export function readFigure(
  stream: TokenStream,
  c: Core,
  floor: number,
  m: FiguresModel,
  text: string,
): FigureRead | null {
  const { tokens } = stream;
  let start = c.start;
  let end = c.end;
  let value = c.value;
  let max = c.vague?.max;
  let qualifier: Qualifier = c.vague ? c.vague.qualifier : 'exact';
  let qualifierText = c.vague ? text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end) : undefined;
  const kinds = new Set<(typeof PRECEDENCE)[number]>();
  if (c.kind === 'vague') kinds.add('vague');
  if (c.kind === 'words') kinds.add('spelled');
  const range = c.kind === 'vague' ? null : readRange(stream, c, floor, m);
  if (range) {
    value = range.min;
    max = range.max;
    qualifier = 'range';
    start = range.start;
    end = range.end;
    kinds.add('range');
  }
  const suffix = (at: number): void => {
    if (qualifier !== 'exact') return;
    const s = m.suffixQualifiers.matchAt(tokens, at);
    if (!s) return;
    qualifier = s.value;
    qualifierText = text.slice(tokens[s.start]!.start, tokens[s.end - 1]!.end);
    end = s.end;
    kinds.add('qualified');
  };
  suffix(end);
  let unit: string | null = null;
  let unitText: string | undefined;
  const u = readUnit(tokens, end, m, c.kind === 'vague');
  if (u) {
    unit = u.unit;
    unitText = text.slice(tokens[u.start]!.start, tokens[u.end - 1]!.end);
    end = u.end;
    suffix(end);
  }
  const before = c.currency ? null : m.unitsBefore.matchEndingAt(tokens, start - 1);
  if (c.currency || (before && before.start >= floor)) {
    unit = (c.currency ?? before!.value).unit;
    if (before) {
      unitText = text.slice(tokens[before.start]!.start, tokens[before.end - 1]!.end);
      start = before.start;
    } else unitText = tokens[c.start]!.text.replace(/\d+$/, '');
    kinds.add('money');
  } else if (unit && /^[A-Z]{3}$/.test(unit)) kinds.add('money');
  if (unit === 'percent') kinds.add('percent');
  if (qualifier === 'exact') {
    const q = m.qualifiers.matchEndingAt(tokens, start - 1);
    if (q && q.start >= floor) {
      qualifier = q.value;
      qualifierText = text.slice(tokens[q.start]!.start, tokens[q.end - 1]!.end);
      start = q.start;
      kinds.add('qualified');
    }
  }
  const counted = unit !== null;
  if (c.kind === 'words' && !counted && c.value < m.minBareWordValue) return null;
  if (c.vague?.needsUnit && !counted) return null;
  if (yearLike(c) && !counted && (qualifier === 'exact' || qualifier === 'up_to' || qualifier === 'range'))
    return null;
  const kind = PRECEDENCE.find((k) => kinds.has(k)) ?? 'number';
  const span = { start: tokens[start]!.start, end: tokens[end - 1]!.end };
  const figure: Figure = {
    value,
    ...(max !== undefined ? { max } : {}),
    qualifier,
    unit,
    ...(unitText !== undefined ? { unitText } : {}),
    ...(qualifierText !== undefined ? { qualifierText } : {}),
    text: text.slice(span.start, span.end),
    span,
    rule: `figures.${kind === 'range' && range?.between ? 'range-between' : kind === 'qualified' ? 'qualified-number' : kind === 'vague' ? 'vague-quantity' : kind === 'spelled' ? 'spelled-number' : kind}`,
  };
  return { figure, end };
}
