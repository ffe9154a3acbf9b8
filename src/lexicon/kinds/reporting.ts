import { z } from 'zod';

/** Classes of reporting cue; the class decides the default stance and certainty. */
export const CueClass = z.enum([
  'say',
  'add',
  'confirm',
  'deny',
  'warn',
  'believe',
  'claim',
  'explain',
  'ask',
  'announce',
  'report',
  'assess',
  'hope',
  'urge',
  'accuse',
  'promise',
  'estimate',
  'write',
]);
export type CueClass = z.infer<typeof CueClass>;

export const ReportingVerb = z
  .object({
    /** full forms that follow their speaker: "mengatakan", "said", "confirmed" */
    forms: z.array(z.string().min(1)).default([]),
    /**
     * short forms that may precede their speaker after a quote ("kata Austin", "said Kirby")
     * and, in languages with a pronoun clitic, take it ("katanya", "tambahnya")
     */
    short: z.array(z.string().min(1)).default([]),
    class: CueClass,
    stance: z.enum(['assert', 'deny', 'hedge', 'conditional', 'question']).optional(),
    certainty: z.enum(['high', 'medium', 'low']).optional(),
    /** whether the verb may take a bare clause ("said the troops …"); default from its class */
    bare: z.boolean().optional(),
  })
  .strict();

export const ReportingLexicon = z
  .object({
    verbs: z.array(ReportingVerb).default([]),
    /**
     * verbs that report a speech act by its object, with no reported clause: "X forderte die
     * Rückgabe", "X sprach von einem Unfall". A form written with "…" is a verb and its separable
     * particle apart, the particle closing the clause (verb-second): "X gab die Festnahme bekannt".
     */
    acts: z.array(ReportingVerb).default([]),
    /** pronoun clitics on short forms: "nya" in "katanya" */
    clitics: z.array(z.string()).default([]),
    /** subject pronouns that stand for the previous speaker: "ia", "dia", "he", "she" */
    pronouns: z.array(z.string()).default([]),
    /** words that introduce reported content: "bahwa", "that" */
    complementizers: z.array(z.string()).default([]),
    /** "menurut X, ...", "according to X, ..." */
    according: z.array(z.string()).default([]),
    /**
     * according-to phrases that hold a pronoun for the previous speaker: "по его словам",
     * "according to him", "menurut beliau"; the speaker is resolved like a clitic's ("menurutnya")
     */
    accordingPronoun: z.array(z.string()).default([]),
    /**
     * according-to markers that FOLLOW their source (postpositions): Korean "X에 따르면", Japanese
     * "Xによると", Turkish "X'e göre"; the source is the noun phrase before, the content after
     */
    accordingAfter: z.array(z.string()).default([]),
    /**
     * quotative markers that close reported content before a verb-final cue: Korean "…라고 말했다",
     * "…다고 밝혔다", Japanese "…と述べた", "…との見方を示した"; read when grammar says verbFinal
     */
    quotatives: z.array(z.string()).default([]),
    /**
     * words that open a subordinate clause of reporting whose cue closes it: "wie die Polizei
     * mitteilte, …", "…, as the minister said"; the rest of the sentence is the content
     */
    asClauses: z.array(z.string()).default([]),
    /**
     * object pronouns that open a sentence and point back to the previous sentence as what its
     * cue reports, the speaker after the cue: it "Lo ha reso noto la Regione", es "Así lo
     * confirmó la Fiscalía"
     */
    resumptives: z.array(z.string()).default([]),
    /**
     * a cleft that names the speaker of the sentence before: a preposition, a cue with an object
     * clitic (a cue form), a copula, then the speaker: it "A confermarlo è stato il sindaco."
     * `cleftOpeners` holds the prepositions ("a"), `cleftCopulas` the copulas ("è stato", "sono")
     */
    cleftOpeners: z.array(z.string()).default([]),
    cleftCopulas: z.array(z.string()).default([]),
    /**
     * relative "according to whom" after a comma: the noun phrase before the comma is the
     * source, the rest of the clause its content: it "Legambiente, secondo cui i lavori …", es
     * "la ONG, según la cual …", fr "le syndicat, selon lequel …"
     */
    accordingRelatives: z.array(z.string()).default([]),
    /** prepositions before the hearer: "kepada CNN", "told CNN" has none */
    hearerPrepositions: z.array(z.string()).default([]),
    /**
     * verbs by which a body records or declares a fact, its subject the speaker: "the ministry
     * recorded 88 cases", "Kemenkes mencatat …", "pemerintah menetapkan …"; read only after a body
     */
    authorityVerbs: z.array(z.string()).default([]),
    /** verbs by which one source relays another: "X cited Y as saying", "X mengutip Y" */
    quotingVerbs: z.array(z.string()).default([]),
    /** words between the relayed source and its cue: "as" in "quoted Y as saying" */
    quotingLinks: z.array(z.string()).default([]),
    /** passive cues whose agent follows: "disampaikan Kremlin", "dikatakan oleh X" */
    passives: z.array(z.string()).default([]),
    /** participles that report again for the speaker just named: "…, Morita said, adding that …" */
    participles: z.array(z.string()).default([]),
    /** verbs whose hearer follows them directly: "told CNN (that) …", "briefed lawmakers" */
    hearerVerbs: z.array(z.string()).default([]),
    /** phrases that introduce a relaying outlet: "menurut laporan", "citing", "as reported by" */
    citing: z.array(z.string()).default([]),
    /**
     * a relay that names the outlet, then its source after a preposition, then the source's
     * speech as a noun: ar "ونقلت وكالة رويترز عن مسؤول قوله إن …" (Reuters quoted an official as
     * saying that …). `relayFrom` holds the preposition ("عن"), `relayedSpeech` the nouns
     * ("قوله", "قولهم"); the statement is the source's, cited through the outlet
     */
    relayFrom: z.array(z.string()).default([]),
    relayedSpeech: z.array(z.string()).default([]),
    /** phrases before a platform: "di platform media sosial", "on" */
    platformPrepositions: z.array(z.string()).default([]),
    /** words that may sit between a speaker and its cue without ending the speaker: "juga", "also" */
    adverbs: z.array(z.string()).default([]),
    /** words that mean "both"/"all" after a coordinated subject: "keduanya", "both" */
    collective: z.array(z.string()).default([]),
    /** coordinating conjunctions: "dan", "and" */
    conjunctions: z.array(z.string()).default([]),
    /** prepositions that open an adjunct between speaker and cue: "dalam", "pada", "in", "on" */
    prepositions: z.array(z.string()).default([]),
    /** prepositions inside a speaker's noun phrase: "sumber di intelijen", "head of", "'s" */
    connectors: z.array(z.string()).default([]),
    /** discourse connectives that may precede a speaker: "namun", "sementara itu", "however" */
    connectives: z.array(z.string()).default([]),
    /** "menyebut X sebagai Y", "called X as Y": naming, not reporting, when a quoted term follows */
    naming: z.array(z.string()).default([]),
    /** demonstratives that make a body anaphoric: "lembaga itu", "kementerian tersebut", "this agency" */
    demonstratives: z.array(z.string()).default([]),
    /** words that open a relative clause: "yang", "who", "which" */
    relativizers: z.array(z.string()).default([]),
  })
  .strict();
export type ReportingLexicon = z.infer<typeof ReportingLexicon>;
