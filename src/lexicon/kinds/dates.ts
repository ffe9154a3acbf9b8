import { z } from 'zod';

const phrases = z.array(z.string().min(1)).default([]);
const month = z.number().int().min(1).max(12);
export const DateUnit = z.enum(['day', 'week', 'month', 'year']);

/** "kemarin" = day -1, "pekan lalu" = week -1, "this year" = year 0 */
export const RelativeDate = z
  .object({ forms: z.array(z.string().min(1)).min(1), unit: DateUnit, offset: z.number().int() })
  .strict();

/** "awal" = days 1 to 10 of a month, "akhir" = 21 to the month's last day (to: 31) */
export const MonthPart = z
  .object({
    forms: z.array(z.string().min(1)).min(1),
    from: z.number().int().min(1).max(31),
    to: z.number().int().min(1).max(31),
  })
  .strict();

export const DatesLexicon = z
  .object({
    /** month names, of one or two words: "oktober": 10, "تشرين الأول": 10 */
    months: z.record(z.string().min(1), month).default({}),
    /** short month names, which may take a period: "Okt.", "Oct." */
    monthAbbreviations: z.record(z.string().min(1), month).default({}),
    /** months count only when capitalised: English "May" vs "may" */
    capitalizedMonths: z.boolean().default(false),
    /** weekday names, ISO numbered (Monday = 1): "senin": 1, "minggu": 7 */
    weekdays: z.record(z.string().min(1), z.number().int().min(1).max(7)).default({}),
    /** "23/10/2024" is day first (dmy) or month first (mdy) */
    numericOrder: z.enum(['dmy', 'mdy']).default('dmy'),
    /** between a day and its month: "of" in "the 23rd of October" */
    dayMonthJoiners: phrases,
    /** glued after a day: "23rd" */
    ordinalSuffixes: phrases,
    /** words that open a date and belong to it: "hari Senin", "bulan Oktober", "tahun 2022" */
    weekdayIntro: phrases,
    monthIntro: phrases,
    yearIntro: phrases,
    /** words that license a bare month or year without belonging to it: "pada 2022", "in October" */
    prepositions: phrases,
    /** before a weekday, these make it no date: "setiap Senin", "on a Friday" */
    weekdayBlockers: phrases,
    /** kept in the span after a day: "Rabu sore", "Wednesday night" */
    partsOfDay: phrases,
    /** shifts of a weekday, written before it ("last Monday") or after it ("Senin lalu") */
    weekdayShiftBefore: z.record(z.string().min(1), z.number().int().min(-1).max(1)).default({}),
    weekdayShiftAfter: z.record(z.string().min(1), z.number().int().min(-1).max(1)).default({}),
    relative: z.array(RelativeDate).default([]),
    /** "3 hari lalu", "two weeks ago": units counted back from the reference date */
    agoUnits: z.record(z.string().min(1), DateUnit).default({}),
    agoWords: phrases,
    /** the "ago" word written before the count: "hace 3 días", "il y a trois jours", "vor 3 Tagen" */
    agoWordsBefore: phrases,
    /** between a month and its year: "de" in "23 de octubre de 2024" */
    monthYearJoiners: phrases,
    /**
     * unit characters written after the digits of a date: "2024年10月23日", "10월 23일"; a date
     * is digits and markers in year, month, day order (any part may start it)
     */
    unitMarkers: z
      .object({ year: phrases, month: phrases, day: phrases })
      .strict()
      .default({ year: [], month: [], day: [] }),
    monthParts: z.array(MonthPart).default([]),
    /** join two parts or days: "awal hingga pertengahan Oktober", "23-25 Oktober" */
    rangeConnectors: phrases,
  })
  .strict();
export type DatesLexicon = z.infer<typeof DatesLexicon>;
