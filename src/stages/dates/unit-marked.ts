import type { Token } from '../../domain/text.js';
import type { Candidate } from './candidate.js';
import { isValid } from './calendar.js';
import type { DatesModel } from './model.js';

const PARTS = ['year', 'month', 'day'] as const;

/**
 * A date written as digits each followed by its unit, in year, month, day order:
 * "2024年10月23日", "10月23日", "2024년 10월 23일", "10월 23일". At least a month; a day needs
 * its month ("23日" alone is a count of days as often as a date).
 */
export function readUnitMarked(tokens: readonly Token[], i: number, dm: DatesModel): Candidate | null {
  const got: Partial<Record<(typeof PARTS)[number], number>> = {};
  let k = i;
  let p = 0;
  while (p < PARTS.length && tokens[k]?.kind === 'number' && /^\d{1,4}$/.test(tokens[k]!.text)) {
    let hit = -1;
    for (let q = p; q < PARTS.length && hit < 0; q++) {
      const m = dm.unitMarkers[PARTS[q]!].matchAt(tokens, k + 1);
      if (m) {
        got[PARTS[q]!] = Number(tokens[k]!.text);
        hit = q;
        k = m.end;
      }
    }
    if (hit < 0) break;
    p = hit + 1;
  }
  const { year, month, day } = got;
  if (month === undefined || month < 1 || month > 12) return null;
  if (day !== undefined && !isValid(year ?? 2024, month, day)) return null;
  if (year !== undefined && year < 1000) return null;
  return {
    start: i,
    end: k,
    rule: 'date.unit-marked',
    month,
    ...(year !== undefined ? { year } : {}),
    ...(day !== undefined ? { day } : {}),
  };
}
