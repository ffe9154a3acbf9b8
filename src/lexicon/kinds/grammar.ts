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
     * documents that stand for the body that issued them as the subject of a cue: "The statement
     * added that …", "The report said …", "Pernyataan itu menyebutkan …"; the speaker is the body
     * that spoke before, the document its channel
     */
    documents: words,
    /**
     * verbs by which a body puts out a document: "issued a statement calling on …", "merilis
     * pernyataan yang …"; a reporting participle right after the document reports for the subject
     */
    issueVerbs: words,
    /**
     * words that open the infinitive a cue of promise takes as its content: "vowed to fight the
     * order", "berjanji akan membangun …"
     */
    infinitiveMarkers: words,
    /**
     * words that mark a clause as reported speech without a cue of its own: modals after a
     * pronoun ("It would also …", "could") in English; finite forms of the German Konjunktiv I
     * ("sei", "habe", "werde"): such a sentence goes on reporting the previous speaker
     */
    reportedMood: words,
    /**
     * the reported mood alone marks reported speech (the German Konjunktiv I "sei", "habe"): a
     * sentence in it continues the previous statement after a quotation too, and in the next
     * paragraph; false where the mood's words also serve plain narration (English "would")
     */
    moodMarksReport: z.boolean().default(false),
    /**
     * endings of an inflected attributive adjective: a lower-case word with one of them between
     * an article and its noun is part of the noun phrase ("der 23-jährige Sportler", "eines
     * neutralen Vermittlers"); empty where adjectives do not inflect (en, id)
     */
    adjectiveEndings: words,
    /**
     * the finite verb comes second and a separable particle goes to the clause's end: a two-word
     * cue ("teilte mit") may stand apart, its speaker between ("Am Dienstag teilte die Polizei mit, …")
     */
    verbSecond: z.boolean().default(false),
    /**
     * the preposition that introduces the charge after an accusing cue and its object: "of" in
     * "accused the union of breaking the talks", "de" in "acusó al sindicato de romper", "di" in
     * "ha accusato il governo di mentire"; the charge is the reported content
     */
    chargePrepositions: words,
    /**
     * the subject pronoun may be dropped: a cue alone after a quotation or a clause reports for
     * the previous speaker ("«Es falso», afirmó.")
     */
    proDrop: z.boolean().default(false),
    /**
     * whether a clause may open with its reporting verb, the speaker after it and the content
     * after a complementizer: Arabic "وقال المتحدث ... إن ..."; "وأضاف أن ..." with the speaker
     * implied
     */
    verbInitial: z.boolean().default(false),
    /**
     * whether a bare lower-case role noun may stand for the one person the article named with that
     * role, as in languages without articles: ru "«…», — подчеркнул министр" (the minister named
     * earlier); where articles mark it ("the minister"), a bare role is anyone ("farmers said")
     */
    bareRolesPointBack: z.boolean().default(false),
    /**
     * prepositions that put a body in a place where an impersonal plural verb reports for it:
     * "в" ("В Кремле заявили, что …"), "у" ("У ДТЕК уточнили"); empty where the language has
     * no such construction
     */
    locativeSources: words,
    /** the impersonal plural forms of reporting verbs: "заявили", "сообщили", "повідомили" */
    impersonalCues: words,
    /** words naming a kind of place, dropped from place keys: "kabupaten", "regency", "oblast" */
    placeKinds: words,
    /** particles written onto the word before them, split off when tokenizing: Korean "은", "에서" */
    particles: words,
    /** how many letters must stay before a particle for it to come off */
    particleMinStem: z.number().int().min(1).default(2),
    /** words shorter than that which still lose a particle: the Korean title "씨" ("씨는") */
    particleShortStems: words,
    /**
     * words a dictionary segmenter joins that are two words in running text, cut apart after
     * segmenting: Chinese "人称" in "发言人称" (the spokesperson said) is "人" + "称"
     */
    segmentSplits: z
      .record(z.string().min(2), z.array(z.string().min(1)).min(2))
      .refine((r) => Object.entries(r).every(([w, parts]) => parts.join('') === w), {
        message: 'the parts of a split must spell the word',
      })
      .default({}),
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
     * the reporting verb closes its clause, the speaker opens it (Korean, Japanese, Turkish):
     * "국정원은 … 파병했다고 밝혔다", "外務省は…と発表した", "Bakanlık, … açıkladı"
     */
    verbFinal: z.boolean().default(false),
    /**
     * what closes the speaker at the head of a verb-final clause: Korean topic and subject
     * particles "은", "는", "이", "가", Japanese "は", "が", a comma in Turkish ("Bakanlık, …")
     */
    subjectMarkers: words,
    /**
     * conjunctive particles that end a clause before a comma ("報道があったが、"): a verb-final
     * clause after them has its own speaker ("…が、日銀の広報担当者はこれを否定した")
     */
    clauseConjunctions: words,
    /**
     * word endings that close a nominalised reported clause just before a verb-final cue, where
     * no marker closes the speaker: Turkish "-dığını", "-eceğini" in "Vali Ahmet Kaya can kaybı
     * olmadığını söyledi" (the speaker is then the name or role opening the clause)
     */
    reportedClauseEndings: words,
    /**
     * an auxiliary that opens a verb-initial clause before its subject, and the particle between
     * the subject and the reporting verb: Arabic "وكان" … "قد" in "وكان الوزير قد قال إن …"
     */
    auxiliaries: words,
    auxiliaryParticles: words,
    /**
     * words that open a subordinate clause whose subject may speak, read as the left edge of a
     * speaker: "…, while the union said it would appeal", "even as the minister insisted …",
     * "…, sedangkan Kemenkes menyebut …"
     */
    subordinators: words,
    /**
     * nouns naming a record a body publishes, whose owner is the source of what it shows:
     * "according to IMF figures", "according to the ministry's bulletin", "menurut data BPS"
     */
    recordNouns: words,
    /**
     * a record noun may close a compound written as one word, whose first part owns the record:
     * German "Polizeiangaben" ("police figures"), "Medienberichten" ("media reports"); and a
     * record before a postposed "according to" marker is a source even with no owner named
     * ("Ersten Angaben zufolge": the source before) or inside its clause ("… senkt neuesten
     * Studien zufolge das Risiko")
     */
    recordCompounds: z.boolean().default(false),
    /**
     * family names of a script that marks no name with a capital, written before the given name
     * (Chinese "王", "欧阳"; Korean "김", "이"): with `givenNameLength` they let an unmarked name
     * be read beside a cue or a role ("何亚东说", "이창용 한국은행 총재는", "이 총재는")
     */
    surnames: words,
    /**
     * role and body words of two letters or more may be written onto the word before them with
     * no space (Korean "산림청장" = "산림청" + "청장", "대한수련병원협의회" ends in "협의회"): such a
     * word is read as the role or body it ends with; the words in `compoundHeadWords` count too
     */
    compoundHeads: z.boolean().default(false),
    /** endings that make a word a body when `compoundHeads` is on: Korean "협의회", "병원" */
    compoundHeadWords: words,
    /** how many letters the given name after such a surname has, at least and at most */
    givenNameLength: z
      .object({ min: z.number().int().min(1), max: z.number().int().min(1) })
      .default({ min: 1, max: 2 }),
    /**
     * conjunctions that join a second clause or predicate to a reported clause: "and", "but"
     * ("said it had sent teams and would …", "… but that the share was worrying"); "dan", "tetapi"
     */
    predicateJoins: words,
    /**
     * finite auxiliaries and modals that open such a second predicate right after its
     * conjunction, its subject left out, as a statement of its own: "had", "would", "could".
     * Empty where news annotation keeps the predicates in one statement (Indonesian "… dan akan
     * …" is read as one statement in its news sets)
     */
    predicateAuxiliaries: words,
    /**
     * finite auxiliaries that open a clause bracket: the participle closes the main clause after
     * the middle field, and the two make a cue the lexicon writes together ("hat angekündigt" in
     * "Der Minister hat am Donnerstag angekündigt, …"). Empty where the verb's parts stay
     * together (en "has announced", id)
     */
    bracketAuxiliaries: words,
    /**
     * a colon before a quotation makes the subject of its clause the speaker, with no reporting
     * verb ("Stoiber hatte die Rolle der Parteichefs betont: „…“", "Tuomioja, Präsident des
     * Rats: „…“"); false where news writes such a colon before words that are not a quotation
     */
    colonQuotesSubject: z.boolean().default(false),
    /**
     * a quoted fragment inside reported speech is a quotation of its own, of the same speaker
     * ("Er sagte, der Pilot trage die „volle Verantwortung“": the marked words are verbatim);
     * false where news marks terms and names that way more than quoted words
     */
    quotedFragments: z.boolean().default(false),
    /**
     * prepositions that make a record's owner the source of a clause when a record noun
     * (recordNouns, or a compound ending in one) follows: "Nach Polizeiangaben …", "nach einem
     * Bericht der Zeitung"; empty where "according to" is the only such phrase (en, id)
     */
    recordPrepositions: words,
    /**
     * reflexive owners of a record: the clause's own subject is its source, not the speaker
     * before ("Nach eigenen Angaben hat die Firma …": the firm); "own" in English
     */
    reflexiveOwners: words,
    /**
     * indefinite articles: a record they open is new to the text, so it is its own source, not
     * the speaker before ("Nach einer Studie ist …", "Einer Umfrage zufolge …": the study)
     */
    indefiniteArticles: words,
  })
  .strict();
export type GrammarLexicon = z.infer<typeof GrammarLexicon>;
