import type { Candidate } from './candidate.js';
import { monthAt, yearAt } from './absolute.js';
import type { DatesModel, Unit } from './model.js';
import type { TokenStream } from '../figures/stream.js';
import { readSpelled } from '../figures/spelled.js';

/** "kemarin", "pekan lalu", "bulan lalu", "yesterday", "earlier this month", "besok pagi" */
export function readRelative(stream: TokenStream, i: number, dm: DatesModel): Candidate | null {
  const { tokens } = stream;
  const r = dm.relative.matchAt(tokens, i);
  if (!r) return null;
  const p = dm.partsOfDay.matchAt(tokens, r.end);
  return {
    start: i,
    end: p && r.value.unit === 'day' ? p.end : r.end,
    rule: 'dates.relative',
    relative: r.value,
  };
}

/** A count and its unit at token i: "3 hari", "two weeks", "drei Tagen". */
function countedUnit(
  stream: TokenStream,
  i: number,
  dm: DatesModel,
): { n: number; unit: Unit; end: number } | null {
  const { tokens } = stream;
  const t = tokens[i];
  if (!t) return null;
  let n: number;
  let k: number;
  if (t.kind === 'number' && /^\d{1,3}$/.test(t.norm)) {
    n = Number(t.norm);
    k = i + 1;
  } else {
    const s = readSpelled(tokens, i, dm.numbers);
    if (!s) return null;
    n = s.value;
    k = s.end;
  }
  const unit = tokens[k]?.kind === 'word' ? dm.agoUnits.get(tokens[k]!.norm) : undefined;
  return unit && n > 0 ? { n, unit, end: k + 1 } : null;
}

/** "3 hari lalu", "dua pekan yang lalu", "two weeks ago"; the ago word first: "hace 3 días", "vor 3 Tagen" */
export function readAgo(stream: TokenStream, i: number, dm: DatesModel): Candidate | null {
  const before = dm.agoWordsBefore.matchAt(stream.tokens, i);
  if (before) {
    const c = countedUnit(stream, before.end, dm);
    return c
      ? { start: i, end: c.end, rule: 'dates.ago-before', relative: { unit: c.unit, offset: -c.n } }
      : null;
  }
  const c = countedUnit(stream, i, dm);
  const ago = c ? dm.agoWords.matchAt(stream.tokens, c.end) : null;
  if (!c || !ago) return null;
  return { start: i, end: ago.end, rule: 'dates.ago', relative: { unit: c.unit, offset: -c.n } };
}

/**
 * A part of a month: "awal Oktober", "awal hingga pertengahan Oktober", "mid-October", "late
 * October 2024", "akhir bulan lalu", "early next month". Days: from the first part's `from`
 * to the last part's `to` (see dates.json monthParts).
 */
export function readPart(stream: TokenStream, i: number, dm: DatesModel): Candidate | null {
  const { tokens } = stream;
  const t = tokens[i]!;
  const dash = t.norm.indexOf('-');
  if (dash > 0 && t.kind === 'word') {
    // "mid-October": the part and the month are one token
    const part = dm.partWords.get(t.norm.slice(0, dash));
    const month = dm.months.get(t.norm.slice(dash + 1)) ?? dm.monthAbbreviations.get(t.norm.slice(dash + 1));
    if (!part || month === undefined) return null;
    const y = yearAt(tokens, i + 1);
    return {
      start: i,
      end: y ? y.end : i + 1,
      rule: 'dates.part-of-month',
      month,
      part,
      ...(y ? { year: y.value } : {}),
    };
  }
  const first = dm.monthParts.matchAt(tokens, i);
  if (!first) return null;
  let j = first.end;
  let last = first.value;
  const conn = dm.rangeConnectors.matchAt(tokens, j);
  const second = conn ? dm.monthParts.matchAt(tokens, conn.end) : null;
  if (second) {
    last = second.value;
    j = second.end;
  }
  const part = { from: first.value.from, to: last.to };
  const intro = dm.monthIntro.matchAt(tokens, j);
  const month = monthAt(tokens, intro ? intro.end : j, dm);
  if (month) {
    const y = yearAt(tokens, month.end);
    return {
      start: i,
      end: y ? y.end : month.end,
      rule: 'dates.part-of-month',
      month: month.value,
      part,
      ...(y ? { year: y.value } : {}),
    };
  }
  const rel = dm.relative.matchAt(tokens, j);
  if (rel && rel.value.unit === 'month')
    return { start: i, end: rel.end, rule: 'dates.part-of-month', relative: rel.value, part };
  return null;
}
