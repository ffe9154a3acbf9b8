import { z } from 'zod';

const words = z.array(z.string().min(1)).default([]);

/**
 * What a language's grammar tells the stages that code must not know by name: articles,
 * possessive markers, the word that introduces a passive agent, the words between a citing
 * phrase and an outlet's name, media words, kinds of place.
 * Every field has a default, so a language that lacks a construction simply leaves it out.
 */
export const GrammarLexicon = z
  .object({
    /** definite and indefinite articles, folded: "the", "a", "an"; "der", "die", "das" */
    articles: words,
    /** possessive tokens that follow the owner, as tokenized: "'s", "’s" */
    possessiveMarkers: words,
    /** the word that introduces a passive agent: "by", "oleh", "von", "por", "par" */
    passiveAgents: words,
    /** words between a citing phrase and an outlet's name: "a report by", "laporan dari" */
    citationFillers: words,
    /** single words that mean "a news outlet": "newspaper", "harian", "Zeitung" */
    mediaWords: words,
    /** two-word phrases that mean "a news outlet": "news agency", "kantor berita" */
    mediaPhrases: words,
    /**
     * nouns naming the channel of a statement, read as an adjunct of its cue and never as its
     * content: "in a statement", "in an email", "dalam keterangan tertulis"
     */
    channels: words,
    /**
     * finite verb forms of a mood that marks a clause as reported speech (German Konjunktiv I:
     * "sei", "habe", "werde"): a sentence using one without a cue of its own continues the
     * statement of the sentence before it ("Er sagte, … Es gebe Hinweise, …")
     */
    reportedMood: words,
    /**
     * the finite verb comes second and a separable particle goes to the clause's end: a two-word
     * cue ("teilte mit") may stand apart, its speaker between ("Am Dienstag teilte die Polizei mit, …")
     */
    verbSecond: z.boolean().default(false),
    /**
     * the subject pronoun may be dropped: a cue alone after a quotation or a clause reports for
     * the previous speaker ("«Es falso», afirmó.")
     */
    proDrop: z.boolean().default(false),
    /** words naming a kind of place, dropped from place keys: "kabupaten", "regency", "oblast" */
    placeKinds: words,
    /** particles written onto the word before them, split off when tokenizing: Korean "은", "에서" */
    particles: words,
    /** how many letters must stay before a particle for it to come off */
    particleMinStem: z.number().int().min(1).default(2),
    /** a word splits at its apostrophe, the rest a suffix token: Turkish "Bakan'ın" */
    apostropheSuffixes: z.boolean().default(false),
  })
  .strict();
export type GrammarLexicon = z.infer<typeof GrammarLexicon>;
