import type { Candidate } from './candidate.js';
import { readNamed } from './absolute.js';
import type { DatesModel } from './model.js';
import { readNumeric } from './numeric.js';
import type { TokenStream } from '../figures/stream.js';

/** The date written beside a weekday: "(23 Oktober)", "( 13 / 04 / 2020 )", ", 23 Oktober 2024" */
function dateBeside(stream: TokenStream, k: number, dm: DatesModel): Candidate | null {
  const { tokens } = stream;
  const open = tokens[k]?.text;
  if (open === '(') {
    const d = readNumeric(tokens, k + 1, dm, true) ?? readNamed(tokens, k + 1, dm);
    if (!d || d.day === undefined || tokens[d.end]?.text !== ')') return null;
    return { ...d, start: k, end: d.end + 1 };
  }
  if (open === ',') {
    const d = readNumeric(tokens, k + 1, dm, true) ?? readNamed(tokens, k + 1, dm);
    return d && d.day !== undefined ? { ...d, start: k } : null;
  }
  return null;
}

/** after "sore" in "Rabu sore", or `j` */
function partOfDayEnd(tokens: TokenStream['tokens'], j: number, dm: DatesModel): number {
  const p = dm.partsOfDay.matchAt(tokens, j);
  return p ? p.end : j;
}

export interface WeekdayRead extends Candidate {
  /** capitalised inside a sentence, or after "hari": surely the weekday, not "minggu" (week) */
  sure: boolean;
}

/**
 * "Rabu", "hari Senin", "Rabu sore", "Senin lalu", "last Monday", "Wednesday night", and with
 * the calendar date beside it: "Rabu (23 Oktober)", "Senin ( 13 / 04 / 2020 )", "on Monday
 * (Oct. 21)", "Rabu, 23 Oktober 2024". A lower-case name counts only after an intro ("hari
 * minggu"), since "minggu" is also "week".
 */
export function readWeekday(stream: TokenStream, i: number, dm: DatesModel): WeekdayRead | null {
  const { tokens } = stream;
  if (!dm.weekdayStarts.has(tokens[i]!.norm)) return null;
  const before = dm.shiftBefore.matchAt(tokens, i);
  let j = before ? before.end : i;
  const intro = dm.weekdayIntro.matchAt(tokens, j);
  if (intro) j = intro.end;
  const t = tokens[j];
  const weekday = t?.kind === 'word' ? dm.weekdays.get(t.norm) : undefined;
  if (weekday === undefined || (!t!.upper && !intro)) return null;
  if (!before && !intro) {
    // "setiap Senin", "on a Friday": no one day; "Palm Sunday", "Black Friday": a name
    if (dm.weekdayBlockers.matchEndingAt(tokens, i - 1)) return null;
    const prev = tokens[i - 1];
    if (prev?.kind === 'word' && prev.upper && !stream.sentenceStarts.has(i - 1)) return null;
  }
  const sure = !!intro || !!before || !stream.sentenceStarts.has(j);
  j++;
  let shift = before?.value ?? 0;
  const after = dm.shiftAfter.matchAt(tokens, j);
  if (after) {
    shift = after.value;
    j = after.end;
  }
  j = partOfDayEnd(tokens, j, dm);
  const date = after ? null : dateBeside(stream, j, dm);
  if (date) {
    const read: WeekdayRead = { ...date, start: i, end: partOfDayEnd(tokens, date.end, dm), weekday, sure };
    read.rule = 'dates.weekday-with-date';
    return read;
  }
  return { start: i, end: j, rule: 'dates.weekday', weekday, shift, sure };
}
