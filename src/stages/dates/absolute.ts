import type { Token } from '../../domain/text.js';
import type { Candidate } from './candidate.js';
import type { DatesModel } from './model.js';
import { glued } from '../figures/stream.js';

interface Read<T> {
  value: T;
  end: number;
}

/** "Oktober", "Oct." (the period belongs to the date), "okt", a two-word name "تشرين الأول" */
export function monthAt(tokens: readonly Token[], i: number, dm: DatesModel): Read<number> | null {
  const t = tokens[i];
  if (t?.kind !== 'word' || (dm.capitalizedMonths && !t.upper)) return null;
  const n = tokens[i + 1];
  const pair = n?.kind === 'word' ? dm.months.get(`${t.norm} ${n.norm}`) : undefined;
  if (pair !== undefined) return { value: pair, end: i + 2 };
  const full = dm.months.get(t.norm);
  if (full !== undefined) return { value: full, end: i + 1 };
  const abbr = dm.monthAbbreviations.get(t.norm);
  if (abbr === undefined) return null;
  return { value: abbr, end: tokens[i + 1]?.text === '.' && glued(t, tokens[i + 1]) ? i + 2 : i + 1 };
}

/** "23", "23rd" */
export function dayAt(tokens: readonly Token[], i: number, dm: DatesModel): Read<number> | null {
  const t = tokens[i];
  if (t?.kind !== 'number' || !/^\d{1,2}$/.test(t.norm)) return null;
  const d = Number(t.norm);
  if (d < 1 || d > 31) return null;
  const s = tokens[i + 1];
  const ord = s?.kind === 'word' && glued(t, s) && dm.ordinalSuffixes.has(s.norm);
  return { value: d, end: ord ? i + 2 : i + 1 };
}

export function yearAt(tokens: readonly Token[], i: number): Read<number> | null {
  const t = tokens[i];
  if (t?.kind !== 'number' || !/^\d{4}$/.test(t.norm)) return null;
  const y = Number(t.norm);
  return y >= 1000 && y <= 2100 ? { value: y, end: i + 1 } : null;
}

/** ", 2024", " 2024" or "de 2024" ("23 de octubre de 2024") after a day and month */
function yearAfter(tokens: readonly Token[], k: number, dm: DatesModel): Read<number> | null {
  const joiner = dm.monthYearJoiners.matchAt(tokens, k);
  return (
    yearAt(tokens, k) ??
    (tokens[k]?.text === ',' ? yearAt(tokens, k + 1) : null) ??
    (joiner ? yearAt(tokens, joiner.end) : null)
  );
}

/** "7 Mei lalu", "Agustus mendatang": which side of the reference a yearless date lies on */
function withShift(c: Candidate, tokens: readonly Token[], dm: DatesModel): Candidate {
  if (c.year !== undefined) return c;
  const s = dm.shiftAfter.matchAt(tokens, c.end);
  return s ? { ...c, end: s.end, shift: s.value } : c;
}

/**
 * Dates written with a month name: "23 Oktober 2024", "23-25 Oktober", "October 23, 2024",
 * "Oct. 23", "Februari 2022", and a bare month after its intro word ("bulan Februari"), a
 * preposition ("in February") or before a shift ("Agustus ini", "Mei lalu").
 */
function named(tokens: readonly Token[], i: number, dm: DatesModel): Candidate | null {
  const intro = dm.monthIntro.matchAt(tokens, i);
  const j = intro ? intro.end : i;
  const day = intro ? null : dayAt(tokens, j, dm);
  if (day) {
    let k = day.end;
    const of = dm.dayMonthJoiners.matchAt(tokens, k);
    let dayEnd: number | undefined;
    const conn = dm.rangeConnectors.matchAt(tokens, k);
    const second = conn ? dayAt(tokens, conn.end, dm) : null;
    if (second && second.value > day.value) {
      dayEnd = second.value;
      k = second.end;
    }
    const month = monthAt(tokens, k, dm) ?? (of && k === day.end ? monthAt(tokens, of.end, dm) : null);
    if (!month) return null;
    const year = yearAfter(tokens, month.end, dm);
    return {
      start: i,
      end: year ? year.end : month.end,
      rule: dayEnd ? 'dates.day-range' : 'dates.day-month',
      day: day.value,
      month: month.value,
      ...(dayEnd ? { dayEnd } : {}),
      ...(year ? { year: year.value } : {}),
    };
  }
  const month = monthAt(tokens, j, dm);
  if (!month) return null;
  const d = intro ? null : dayAt(tokens, month.end, dm);
  if (d) {
    const year = yearAfter(tokens, d.end, dm);
    return {
      start: i,
      end: year ? year.end : d.end,
      rule: 'dates.month-day',
      day: d.value,
      month: month.value,
      ...(year ? { year: year.value } : {}),
    };
  }
  const year = yearAt(tokens, month.end);
  if (year)
    return { start: i, end: year.end, rule: 'dates.month-year', month: month.value, year: year.value };
  const licensed =
    intro || dm.prepositions.matchEndingAt(tokens, i - 1) || dm.shiftAfter.matchAt(tokens, month.end);
  if (!licensed) return null;
  return { start: i, end: month.end, rule: 'dates.month', month: month.value };
}

export function readNamed(tokens: readonly Token[], i: number, dm: DatesModel): Candidate | null {
  const c = named(tokens, i, dm);
  return c ? withShift(c, tokens, dm) : null;
}

/** "tahun 2022" (the intro word belongs to the date), "pada 2022", "in 2022" */
export function readYear(tokens: readonly Token[], i: number, dm: DatesModel): Candidate | null {
  const intro = dm.yearIntro.matchAt(tokens, i);
  const y = yearAt(tokens, intro ? intro.end : i);
  if (!y) return null;
  if (!intro && !dm.prepositions.matchEndingAt(tokens, i - 1)) return null;
  // "Nomor 3 Tahun 2020", "UU 11 Tahun 2020": the year of a law's number, not a date
  if (intro && tokens[i - 1]?.kind === 'number') return null;
  // "in 1500 cases" counts; "the 2000s" is a decade
  const after = tokens[y.end];
  if (after && after.start === tokens[y.end - 1]!.end && after.kind === 'word') return null;
  if (!intro && dm.numbers.unitsAfter.matchAt(tokens, y.end)) return null;
  // "2020-2024", "2024/2025": a span of years is left to a later rule
  const next = tokens[y.end];
  if (next && (next.text === '-' || next.text === '/') && yearAt(tokens, y.end + 1)) return null;
  return { start: i, end: y.end, rule: 'dates.year', year: y.value };
}
