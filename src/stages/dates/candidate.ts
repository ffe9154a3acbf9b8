import type { Unit } from './model.js';

/**
 * A date as written, before it is resolved against the reference date. Only the components the
 * text gives are set; `start`/`end` are token indices in the paragraph stream.
 */
export interface Candidate {
  start: number;
  end: number;
  rule: string;
  year?: number;
  month?: number;
  day?: number;
  /** last day of a day range: "23-25 Oktober" */
  dayEnd?: number;
  weekday?: number;
  /**
   * for a weekday: -1 strictly before the reference, 0 on or before, 1 after; for a day or month
   * without a year ("7 Mei lalu", "Agustus mendatang"): the side of the reference it lies on
   */
  shift?: number;
  /** "kemarin" = day -1; "tiga pekan lalu" = week -3 */
  relative?: { unit: Unit; offset: number };
  /** days of the month: "awal" = 1 to 10; "awal hingga pertengahan" = 1 to 20 */
  part?: { from: number; to: number };
}
