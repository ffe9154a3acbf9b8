import type { DateRef } from '../../../domain/date-ref.js';
import { readNumbersAndDates } from './run.js';

/** The dates of `text`, reduced to what a test compares. */
export function datesOf(
  text: string,
  lang: string,
  published: string | null = null,
): Array<Partial<DateRef>> {
  return readNumbersAndDates(text, lang, published).dates.map((d) => ({
    text: d.text,
    value: d.value,
    ...(d.end !== undefined ? { end: d.end } : {}),
    granularity: d.granularity,
    stated: d.stated,
    implied: d.implied,
  }));
}

/** The one date of `text`; fails the test when there is not exactly one. */
export function oneDate(text: string, lang: string, published: string | null = null): DateRef {
  const all = readNumbersAndDates(text, lang, published).dates;
  if (all.length !== 1)
    throw new Error(`expected one date in "${text}", got ${JSON.stringify(all.map((d) => d.text))}`);
  return all[0]!;
}
