import { z } from 'zod';

const phrases = z.array(z.string().min(1)).default([]);
const values = z.record(z.string().min(1), z.number().nonnegative()).default({});

/** Qualifiers a vague quantity word can carry: "ribuan" -> thousands, "belasan" -> range. */
export const VagueQualifier = z.enum([
  'about',
  'range',
  'several',
  'dozens',
  'hundreds',
  'thousands',
  'tens_of_thousands',
  'hundreds_of_thousands',
  'millions',
  'billions',
]);

/** "ribuan" = value 1000, qualifier thousands; "belasan" = 11 to 19. */
export const VagueQuantity = z
  .object({
    forms: z.array(z.string().min(1)).min(1),
    value: z.number().positive(),
    max: z.number().positive().optional(),
    qualifier: VagueQualifier,
    /** only a figure when a unit follows: "beberapa tentara" yes, "beberapa hari" no */
    needsUnit: z.boolean().default(false),
  })
  .strict();

/** Phrases that bound a number, by the qualifier they give it. */
const QualifierPhrases = z
  .object({
    about: phrases,
    at_least: phrases,
    more_than: phrases,
    less_than: phrases,
    at_most: phrases,
    up_to: phrases,
  })
  .strict();

export const NumbersLexicon = z
  .object({
    /** spelled cardinals: "tiga": 3, "sebelas": 11, "twenty": 20, "seratus": 100, "seribu": 1000 */
    words: values,
    /** add ten to the digit before them: "belas" in "dua belas" (12) */
    teens: phrases,
    /** multiply the small number before them: "puluh", "ratus", "hundred", "dozen" */
    multipliers: values,
    /** multiply everything before them, after digits too: "ribu", "juta", "million" */
    scales: values,
    /** scales written glued to digits only: "$2bn", "1.5m", "Rp5T" */
    compactScales: values,
    /** parts of one before a scale: "setengah juta", "half a million" */
    fractions: values,
    /** stand for one before a multiplier or scale: "a" in "a dozen" */
    articles: phrases,
    /** allowed inside a spelled number: "and" in "three hundred and fifty" */
    joiners: phrases,
    /** a spelled number smaller than this is a figure only with a unit after it ("tiga tentara") */
    minBareWordValue: z.number().nonnegative().default(10),
    vague: z.array(VagueQuantity).default([]),
    /** phrases before a number: "setidaknya 3.000", "at least 3,000" */
    qualifiers: QualifierPhrases.default({
      about: [],
      at_least: [],
      more_than: [],
      less_than: [],
      at_most: [],
      up_to: [],
    }),
    /** phrases after a number: "3.000 lebih", "3,000 or more" */
    suffixQualifiers: QualifierPhrases.default({
      about: [],
      at_least: [],
      more_than: [],
      less_than: [],
      at_most: [],
      up_to: [],
    }),
    /** qualifiers closing the clause a little after the figure: "three years left at most" */
    trailingQualifiers: QualifierPhrases.default({
      about: [],
      at_least: [],
      more_than: [],
      less_than: [],
      at_most: [],
      up_to: [],
    }),
    /** qualifier phrases that mean "during" before a duration: "over two weeks" */
    durationPrepositions: phrases,
    /** between the two numbers of a range: "1.500 hingga 3.000", "1,500-3,000" */
    rangeConnectors: phrases,
    /** a range opened by a word: "antara 1.500 dan 3.000", "between 1,500 and 3,000" */
    rangePairs: z
      .array(
        z
          .object({ open: z.array(z.string().min(1)).min(1), join: z.array(z.string().min(1)).min(1) })
          .strict(),
      )
      .default([]),
    /** phrases with a number word that count nothing: "salah satu", "one of" */
    idioms: phrases,
    /** join the numbers of a list: "Pasal 212, 216 dan 218" (all three are labels) */
    listJoiners: phrases,
    /** a number after these starts a change, not a range: "dari 9,2 juta menjadi 10 juta" */
    changeOpeners: phrases,
    /** after these a number is a label or a clock time, not a count: "Pasal 160", "pukul 11.30" */
    labelsBefore: phrases,
    /** before these a number is a clock time or an ordinal: "11.30 WIB", "75th" */
    labelsAfter: phrases,
  })
  .strict();
export type NumbersLexicon = z.infer<typeof NumbersLexicon>;
