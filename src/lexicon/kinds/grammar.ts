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
     * modals that mark reported mood, so that a sentence opening with a pronoun and one of them
     * goes on reporting the previous speaker: "would", "could" ("It would also …"); empty for a
     * language without sequence of tenses
     */
    reportedMood: words,
    /** words naming a kind of place, dropped from place keys: "kabupaten", "regency", "oblast" */
    placeKinds: words,
  })
  .strict();
export type GrammarLexicon = z.infer<typeof GrammarLexicon>;
