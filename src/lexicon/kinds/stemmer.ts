import { z } from 'zod';

/**
 * Affix rules that turn an inflected word into candidate roots, so a lexicon of roots matches
 * "mengirimkan" (-> "kirim") and "deployed" (-> "deploy"). Written per language as data; the
 * ledger's stemmer applies them without knowing the language.
 */
const SuffixRule = z
  .object({
    /** the ending to strip: "ies", "kan" */
    suffix: z.string().min(1),
    /** what may replace it, each a candidate: "ies" -> ["y"]; "ed" -> ["", "e"] */
    replace: z.array(z.string()).default(['']),
    /** the fewest letters the stem must keep */
    minStem: z.number().int().min(1).default(3),
    /** not after these letters: "s" but not "ss" */
    notAfter: z.array(z.string()).default([]),
    /** also try the stem without a doubled last consonant: "stopped" -> "stop" */
    undouble: z.boolean().default(false),
  })
  .strict();

const PrefixRule = z
  .object({
    /** the beginning to strip: "meng", "di" */
    prefix: z.string().min(1),
    /** letters the prefix took from the root, each a candidate: "meny" + "erang" <- "serang" */
    restore: z.array(z.string()).default(['']),
    minStem: z.number().int().min(1).default(3),
  })
  .strict();

export const Stemmer = z
  .object({
    /** "tentara-tentara", "nato-nya": a hyphenated word also stands for its first part */
    hyphenFirstPart: z.boolean().default(false),
    /** clitics that come off before any suffix: "keamanannya" -> "keamanan" */
    clitics: z.array(SuffixRule).default([]),
    /** derivational or inflectional endings, in order */
    suffixes: z.array(SuffixRule).default([]),
    /** "first": only the first ending that matches is stripped; "all": every one that matches */
    suffixMatch: z.enum(['first', 'all']).default('all'),
    /** prefixes, in order; the first that matches is stripped */
    prefixes: z.array(PrefixRule).default([]),
    /** a second prefix under the first: "memper-", "diper-" */
    secondPrefixes: z.array(PrefixRule).default([]),
  })
  .strict();
export type Stemmer = z.infer<typeof Stemmer>;
