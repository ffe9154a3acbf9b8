import type { Span } from './span.js';

export type Granularity = 'day' | 'week' | 'month' | 'year' | 'part-of-month';

/**
 * A date the article refers to. `stated` is true when the text gives the calendar date itself
 * ("23 Oktober 2024"); false when it was resolved from a relative or partial expression
 * ("Rabu", "minggu lalu") against the publication date. `implied` names what was filled in.
 */
export interface DateRef {
  /** ISO 8601: "2024-10-23", "2024-10", "2024", or null when it cannot be resolved */
  value: string | null;
  /**
   * last day (ISO, inclusive) when the date is a stretch of days: the Sunday of a week
   * ("pekan lalu"), the end of a part of a month ("awal hingga pertengahan Oktober" -> the 20th)
   */
  end?: string | null;
  granularity: Granularity;
  stated: boolean;
  implied: Array<'year' | 'month' | 'day'>;
  text: string;
  span: Span;
  rule: string;
}
