import { z } from 'zod';
import { Stemmer } from './stemmer.js';

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
    /** particles written onto the word before them, split off when tokenizing: Korean "은", "에서" */
    particles: words,
    /** how many letters must stay before a particle for it to come off */
    particleMinStem: z.number().int().min(1).default(2),
    /** a word splits at its apostrophe, the rest a suffix token: Turkish "Bakan'ın" */
    apostropheSuffixes: z.boolean().default(false),
    /**
     * words too common to be evidence that two statements say the same thing, beyond the
     * function words of meta.json: "however", "already", "namun", "sudah"
     */
    stopWords: words,
    /** affix rules giving a word's candidate roots, for matching content words to concepts */
    stemmer: Stemmer.default(() => Stemmer.parse({})),
    /** articles that make a noun phrase definite, folded: "the"; "sang" ("sang menteri") */
    definiteArticles: words,
    /** words that say a person is a man: pronouns, honorifics, gendered role nouns ("he", "Mr", "spokesman") */
    masculineWords: words,
    /** words that say a person is a woman: "she", "Mrs", "spokeswoman", "Ibu" */
    feminineWords: words,
    /** pronouns that stand for several speakers or a body: "they", "mereka" */
    pluralPronouns: words,
    /** pronouns that stand for a body, never a person: "it" */
    neuterPronouns: words,
    /**
     * canonical English role names (the roles lexicon's `en`) so general that a holder is found
     * by affiliation alone: "the Russian leader" is whoever leads Russia in the article
     */
    affiliationRoles: words,
    /** canonical English words before a role name that make it a lower post: "deputy", "vice" */
    lesserRolePrefixes: words,
    /**
     * nouns naming a record a body publishes, whose owner is the source of what it shows:
     * "according to IMF figures", "according to the ministry's bulletin", "menurut data BPS"
     */
    recordNouns: words,
  })
  .strict();
export type GrammarLexicon = z.infer<typeof GrammarLexicon>;
