import { z } from 'zod';

const phrases = z.array(z.string().min(1)).default([]);

/** One counted thing or currency, with the ways a language writes it around a number. */
export const Unit = z
  .object({
    /** canonical English name shared by every language: "troops", "people", "percent", "IDR" */
    unit: z.string().min(1),
    /** written after the number: "tentara", "pasukan", "persen", "%", "rupiah" */
    after: phrases,
    /** written before the number: "Rp", "$", "US$" */
    before: phrases,
    /** a counting word that gives way to a more specific unit after it: "orang" in "3 orang tentara" */
    classifier: z.boolean().default(false),
    /** a span of time: "two weeks", where "over" means during, not more than */
    duration: z.boolean().default(false),
  })
  .strict();

export const UnitsLexicon = z
  .object({
    units: z.array(Unit).default([]),
    /** words that may stand between a count and its unit: "additional" in "3,000 additional troops" */
    modifiers: phrases,
    /** how many modifier or capitalised words may stand there ("3,000 North Korean troops") */
    maxGap: z.number().int().min(0).max(5).default(0),
    /** whether capitalised words count as modifiers there */
    capitalizedGap: z.boolean().default(false),
    /** words between a vague quantity and its unit: "of" in "thousands of troops" */
    linkers: phrases,
    /** "tentara-tentara" counts as "tentara" */
    reduplication: z.boolean().default(false),
  })
  .strict();
export type UnitsLexicon = z.infer<typeof UnitsLexicon>;
