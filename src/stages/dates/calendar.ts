/** Calendar arithmetic on plain year-month-day triples, in UTC so no time zone can shift a day. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const isValid = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const isoYear = (y: number): string => pad(y, 4);
export const isoMonth = (y: number, m: number): string => `${isoYear(y)}-${pad(m)}`;
export const isoDay = (t: Ymd): string => `${isoMonth(t.y, t.m)}-${pad(t.d)}`;

/** "2024-10-23" -> {2024, 10, 23}; null for anything else, or a day that does not exist */
export function parseIsoDay(s: string | null | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  if (!m) return null;
  const t = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValid(t.y, t.m, t.d) ? t : null;
}

export const dayNumber = (t: Ymd): number => Date.UTC(t.y, t.m - 1, t.d) / DAY_MS;

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export const addDays = (t: Ymd, n: number): Ymd => fromDayNumber(dayNumber(t) + n);

/** ISO weekday: Monday = 1 ... Sunday = 7 */
export const weekdayOf = (t: Ymd): number =>
  ((new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay() + 6) % 7) + 1;

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** Monday of the ISO week that holds `t` */
export const mondayOf = (t: Ymd): Ymd => addDays(t, 1 - weekdayOf(t));

/**
 * The weekday `wd` nearest `ref` in the direction news use: `shift` 0 = on or before the reference
 * ("pada hari Senin" in a report is the last Monday), -1 = strictly before ("Senin lalu"),
 * 1 = strictly after ("Senin depan", "next Monday").
 */
export function weekdayNear(ref: Ymd, wd: number, shift: number): Ymd {
  const diff = weekdayOf(ref) - wd;
  if (shift > 0) return addDays(ref, ((wd - weekdayOf(ref) + 6) % 7) + 1);
  const back = ((diff % 7) + 7) % 7;
  return addDays(ref, -(shift < 0 && back === 0 ? 7 : back));
}

/**
 * The year of a day and month written without one ("23 Oktober"): the occurrence nearest the
 * reference date, within a year either side; when a weekday is written too ("Rabu (23
 * Oktober)"), only years where that day is that weekday count, if any does. `direction` -1 keeps
 * to the past ("7 Mei lalu"), 1 to the future ("31 Mei mendatang").
 */
export function nearestYear(ref: Ymd, m: number, d: number, weekday?: number, direction = 0): number | null {
  let best: number | null = null;
  let bestDist = Infinity;
  const years = [ref.y, ref.y - 1, ref.y + 1];
  const side = (y: number) => {
    const diff = dayNumber({ y, m, d }) - dayNumber(ref);
    return direction === 0 || (direction < 0 ? diff <= 0 : diff >= 0);
  };
  const fits = (y: number) =>
    isValid(y, m, d) && side(y) && (weekday === undefined || weekdayOf({ y, m, d }) === weekday);
  const pool = years.some(fits) ? years.filter(fits) : years.filter((y) => isValid(y, m, d) && side(y));
  for (const y of pool) {
    const dist = Math.abs(dayNumber({ y, m, d }) - dayNumber(ref));
    if (dist < bestDist) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}
