import { describe, expect, it } from 'vitest';
import { addMonths, isoDay, mondayOf, nearestYear, parseIsoDay, weekdayNear, weekdayOf } from './calendar.js';

const d = (s: string) => parseIsoDay(s)!;

describe('calendar', () => {
  it('numbers weekdays from Monday = 1', () => {
    expect(weekdayOf(d('2024-10-21'))).toBe(1);
    expect(weekdayOf(d('2024-10-27'))).toBe(7);
  });

  it('finds a weekday on or before, strictly before, or after the reference', () => {
    const fri = d('2024-10-25');
    expect(isoDay(weekdayNear(fri, 3, 0))).toBe('2024-10-23');
    expect(isoDay(weekdayNear(fri, 5, 0))).toBe('2024-10-25');
    expect(isoDay(weekdayNear(fri, 5, -1))).toBe('2024-10-18');
    expect(isoDay(weekdayNear(fri, 1, 1))).toBe('2024-10-28');
  });

  it('gives the Monday of a week and rolls months over years', () => {
    expect(isoDay(mondayOf(d('2024-10-27')))).toBe('2024-10-21');
    expect(addMonths(2024, 1, -1)).toEqual({ y: 2023, m: 12 });
  });

  it('puts a yearless date nearest the reference, matching a written weekday', () => {
    expect(nearestYear(d('2025-01-05'), 12, 30)).toBe(2024);
    expect(nearestYear(d('2024-10-25'), 10, 23, 3)).toBe(2024);
    expect(nearestYear(d('2024-10-25'), 10, 23, 1)).toBe(2023);
    expect(nearestYear(d('2020-04-13'), 5, 7, undefined, -1)).toBe(2019);
  });

  it('refuses days that do not exist', () => {
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('23 Oktober')).toBeNull();
  });
});
