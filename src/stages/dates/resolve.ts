import type { DateRef, Granularity } from '../../domain/date-ref.js';
import type { Candidate } from './candidate.js';
import {
  addDays,
  addMonths,
  daysInMonth,
  isoDay,
  isoMonth,
  isoYear,
  isValid,
  mondayOf,
  nearestYear,
  weekdayNear,
  type Ymd,
} from './calendar.js';

type Implied = DateRef['implied'];
export type Resolved = Omit<DateRef, 'text' | 'span' | 'rule'>;

const YMD: Implied = ['year', 'month', 'day'];
const inCalendar = (y: number): boolean => y >= 1 && y <= 9999;

function week(ref: Ymd | null, offset: number): Resolved {
  const day = ref ? addDays(mondayOf(ref), offset * 7) : null;
  const monday = day && inCalendar(day.y) ? day : null;
  return {
    value: monday ? isoDay(monday) : null,
    end: monday ? isoDay(addDays(monday, 6)) : null,
    granularity: 'week',
    stated: false,
    implied: YMD,
  };
}

function relative(
  c: Candidate & { relative: NonNullable<Candidate['relative']> },
  ref: Ymd | null,
): Resolved {
  const { unit, offset } = c.relative;
  if (unit === 'week') return week(ref, offset);
  if (unit === 'day') {
    const d = ref ? addDays(ref, offset) : null;
    return {
      value: d && inCalendar(d.y) ? isoDay(d) : null,
      granularity: 'day',
      stated: false,
      implied: YMD,
    };
  }
  if (unit === 'month') {
    const to = ref ? addMonths(ref.y, ref.m, offset) : null;
    const m = to && inCalendar(to.y) ? to : null;
    if (c.part && m) return part(m.y, m.m, c.part, false, ['year', 'month']);
    if (c.part)
      return {
        value: null,
        end: null,
        granularity: 'part-of-month',
        stated: false,
        implied: ['year', 'month'],
      };
    return {
      value: m ? isoMonth(m.y, m.m) : null,
      granularity: 'month',
      stated: false,
      implied: ['year', 'month'],
    };
  }
  const y = ref ? ref.y + offset : 0;
  return { value: inCalendar(y) ? isoYear(y) : null, granularity: 'year', stated: false, implied: ['year'] };
}

function part(
  y: number,
  m: number,
  p: { from: number; to: number },
  stated: boolean,
  implied: Implied,
): Resolved {
  const last = daysInMonth(y, m);
  return {
    value: isoDay({ y, m, d: Math.min(p.from, last) }),
    end: isoDay({ y, m, d: Math.min(p.to, last) }),
    granularity: 'part-of-month',
    stated,
    implied,
  };
}

/**
 * Turns what the text wrote into a calendar value, filling what it left out from `ref` (the
 * publication date, or the article's own dateline). Without a reference, anything that needs
 * one resolves to null, and `implied` still says what would have been filled in.
 */
export function resolve(c: Candidate, ref: Ymd | null): Resolved {
  if (c.relative) return relative(c as Candidate & { relative: NonNullable<Candidate['relative']> }, ref);
  if (c.month !== undefined && c.day !== undefined) {
    const y = c.year ?? (ref ? nearestYear(ref, c.month, c.day, c.weekday, c.shift) : null);
    const implied: Implied = c.year === undefined ? ['year'] : [];
    const ok = y !== null && isValid(y, c.month, c.day);
    const dayEnd =
      c.dayEnd !== undefined && y !== null && isValid(y, c.month, c.dayEnd) ? c.dayEnd : undefined;
    return {
      value: ok ? isoDay({ y: y!, m: c.month, d: c.day }) : null,
      ...(c.dayEnd !== undefined
        ? { end: dayEnd !== undefined ? isoDay({ y: y!, m: c.month, d: dayEnd }) : null }
        : {}),
      granularity: 'day',
      stated: true,
      implied,
    };
  }
  if (c.month !== undefined) {
    const y =
      c.year ??
      (ref
        ? nearestYear(
            ref,
            c.month,
            c.shift ? (c.shift < 0 ? 1 : daysInMonth(ref.y, c.month)) : 15,
            undefined,
            c.shift,
          )
        : null);
    const implied: Implied = c.year === undefined ? ['year'] : [];
    if (c.part) {
      if (y === null) return { value: null, end: null, granularity: 'part-of-month', stated: true, implied };
      return part(y, c.month, c.part, true, implied);
    }
    return { value: y === null ? null : isoMonth(y, c.month), granularity: 'month', stated: true, implied };
  }
  if (c.weekday !== undefined) {
    const d = ref ? weekdayNear(ref, c.weekday, c.shift ?? 0) : null;
    return { value: d ? isoDay(d) : null, granularity: 'day', stated: false, implied: YMD };
  }
  const g: Granularity = 'year';
  return { value: c.year !== undefined ? isoYear(c.year) : null, granularity: g, stated: true, implied: [] };
}
