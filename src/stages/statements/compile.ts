import type { CueClass } from '../../lexicon/kinds/reporting.js';
import type { Lexicon } from '../../lexicon/load.js';
import { PhraseSet, phraseSet } from '../../lexicon/phrase-set.js';
import { phraseNorms, phraseVariants } from '../../lexicon/tokenize.js';
import type { Certainty, Stance } from '../../domain/statement.js';
import type { Token } from '../../domain/text.js';
import { L } from './labels.js';

export interface CueInfo {
  class: CueClass;
  /** may take a bare clause ("said the troops …"); unset: decided by the class */
  bare?: boolean;
  stance?: Stance;
  certainty?: Certainty;
  /** "kata", "said": may stand before its speaker ("kata Austin", "said Kirby") */
  short: boolean;
  /** "katanya", "tambahnya": the speaker is a pronoun clitic */
  clitic: boolean;
  /** a full form: follows its speaker ("Austin mengatakan") */
  full: boolean;
}

/** Everything the statements stage matches, built once per lexicon. */
export interface StatementLexicon {
  cues: PhraseSet<CueInfo>;
  according: PhraseSet<string>;
  /** words opening a subordinate reporting clause: "wie", "as" */
  asClauses: Set<string>;
  resumptives: PhraseSet<string>;
  cleftOpeners: PhraseSet<string>;
  cleftCopulas: PhraseSet<string>;
  accordingRelatives: PhraseSet<string>;
  accordingClitic: PhraseSet<string>;
  /** "X에 따르면", "Xによると", "X'e göre": according-to markers after their source */
  accordingAfter: PhraseSet<string>;
  /** the cue closes the clause and the speaker opens it ("外務省は…と発表した") */
  verbFinal: boolean;
  /** what closes the speaker of a verb-final clause: "은", "は", "," */
  subjectMarkers: PhraseSet<string>;
  clauseConjunctions: PhraseSet<string>;
  /** folded endings of a nominalised reported clause (grammar.reportedClauseEndings) */
  reportedClauseEndings: string[];
  /** "while", "even as", "sedangkan": a subordinate clause opens, its subject may be a speaker */
  subordinators: PhraseSet<string>;
  /** role and body endings written onto a word ("산림청장"), with their labels; empty when unused */
  suffixBits: Map<string, number>;
  /** family names that open an unmarked name ("何亚东", "이창용"), and its given name's length */
  surnames: Set<string>;
  givenNameLength: { min: number; max: number };
  /** kinds of place ("市", "县"): a word ending in one is a place, not a name */
  placeKinds: Set<string>;
  /** what closes reported content before a verb-final cue: "라고", "다고", "と" */
  quotatives: PhraseSet<string>;
  /** any cue, "according to" (with a clitic too) or passive: a sentence that may report speech */
  triggers: PhraseSet<string>;
  /** last words of the cues of several words ("reconnu" of "a reconnu"): an adverb may part them */
  cueTails: Set<string>;
  citing: PhraseSet<string>;
  /** "عن" and "قوله" of a relay naming outlet and source (see the reporting lexicon) */
  relayFrom: Set<string>;
  relayedSpeech: Set<string>;
  platformPreps: PhraseSet<string>;
  hearerPreps: Set<string>;
  /** the hearer prepositions as written, accents kept: Portuguese "à" is not the article "a" */
  hearerPrepsWritten: Set<string>;
  hearerVerbs: Set<string>;
  /** "of" in "accused the union of …": where an accusing cue's charge starts */
  chargePreps: Set<string>;
  participles: PhraseSet<string>;
  passives: PhraseSet<string>;
  authorities: PhraseSet<string>;
  quotingVerbs: PhraseSet<string>;
  quotingLinks: Set<string>;
  complementizers: Set<string>;
  pronouns: Set<string>;
  adverbs: PhraseSet<string>;
  collective: Set<string>;
  conjunctions: Set<string>;
  prepositions: PhraseSet<string>;
  connectors: Set<string>;
  connectives: PhraseSet<string>;
  relativizers: Set<string>;
  demonstratives: Set<string>;
  naming: Set<string>;
  questionWords: Set<string>;
  negation: PhraseSet<string>;
  notNegation: PhraseSet<string>;
  deny: PhraseSet<string>;
  hedge: PhraseSet<string>;
  possibility: PhraseSet<string>;
  /** folded word endings of a modal of possibility ("-ebilir") */
  possibilityEndings: readonly string[];
  conditional: PhraseSet<string>;
  /** folded word endings that open a condition ("-면", "-rsa") */
  conditionalEndings: readonly string[];
  notConditional: PhraseSet<string>;
  refusal: PhraseSet<string>;
  withheld: PhraseSet<string>;
  /** refusals framing their speaker: opener, speaker, closer (see the stance lexicon) */
  refusalFramed: Array<{ opener: PhraseSet<string>; closer: PhraseSet<string> | null }>;
  absence: PhraseSet<string>;
  factNegation: PhraseSet<string>;
  openNegation: PhraseSet<string>;
  selfSubjects: Set<string>;
  implication: PhraseSet<string>;
  question: PhraseSet<string>;
  certainty: PhraseSet<Certainty>;
  roles: PhraseSet<{ en: string; institutional: boolean }>;
  titles: Set<string>;
  unnamed: PhraseSet<string>;
  indefinites: PhraseSet<string>;
  bodies: PhraseSet<string>;
  government: PhraseSet<string>;
  /** "agency", "lembaga": body words that may point back to any body */
  genericBodies: Set<string>;
  modifiers: Set<string>;
  functionWords: Set<string>;
  /** the word before a passive's agent: "by", "oleh" */
  passiveAgents: Set<string>;
  /** words between a citing phrase and an outlet's name: "a report by", "laporan dari" */
  citationFillers: Set<string>;
  /** words and two-word phrases that mean "a news outlet": "newspaper", "kantor berita" */
  mediaWords: Set<string>;
  mediaPhrases: Set<string>;
  /** nouns naming the channel of a statement: "statement", "keterangan" */
  channels: PhraseSet<string>;
  /** documents standing for their issuer: "statement", "report", "pernyataan" */
  documents: PhraseSet<string>;
  /** verbs that put out a document: "issued", "merilis" */
  issueVerbs: PhraseSet<string>;
  /** words opening a promise's infinitive: "to", "akan" */
  infinitiveMarkers: PhraseSet<string>;
  /** verb forms of a reported-speech mood: "sei", "habe" */
  reportedMood: Set<string>;
  /** endings of an inflected attributive adjective: "e", "en", "er" in German */
  adjectiveEndings: string[];
  /** the language drops subject pronouns: a cue may stand alone */
  proDrop: boolean;
  /** verb-second languages: a two-word cue's verb, with its particle and cue ("teilte" … "mit") */
  splitCues: Map<string, Array<{ particle: string; info: CueInfo }>>;
  /** verbs reporting a speech act by their object ("forderte", "sprach von"), contiguous */
  acts: PhraseSet<CueInfo>;
  /** the same whose second word is a separable particle: "gab" -> "bekannt" */
  actSplits: Map<string, Array<{ particle: string; info: CueInfo }>>;
  /** nouns naming a published record whose owner is the source: "figures", "data" */
  recordNouns: Set<string>;
  /** conjunctions that join a second predicate of one reported subject: "and", "but" */
  predicateJoins: Set<string>;
  /** auxiliaries that open such a predicate after its conjunction: "had", "would" */
  predicateAuxiliaries: Set<string>;
  /** finite auxiliaries whose participle closes the main clause: "hat" … "angekündigt" */
  bracketAuxiliaries: Set<string>;
  /** prepositions before a record whose owner is the source: "nach" (Polizeiangaben) */
  recordPrepositions: Set<string>;
  /** reflexive owners of a record ("eigenen", "own"): the clause's subject is its source */
  reflexiveOwners: Set<string>;
  /** single-word labels: titles, modifiers, pronouns, conjunctions and the other closed classes */
  wordBits: Map<string, number>;
  /** every labelled phrase (roles, bodies, adverbs …) in one table: phrase -> label bits */
  labels: PhraseSet<number>;
  /** the lexicon's data, for refiners that build their own tables from it (speaker resolution) */
  data: Lexicon['data'];
}

import { fold } from '../../lexicon/fold.js';

function cueSet(lex: Lexicon): PhraseSet<CueInfo> {
  const entries = new Map<string, CueInfo>();
  // the form as written goes to the phrase set: folding first would change how an unspaced
  // script is cut into words ("述べた" is 述|べた, folded "述へた" one word)
  const written = new Map<string, string>();
  const put = (form: string, info: CueInfo) => {
    const key = fold(form);
    if (!written.has(key)) written.set(key, form);
    const prev = entries.get(key);
    // a form listed both as full and short keeps both abilities
    // "asked" is both a short form of saying and a full form of asking: the full form's class wins
    const main = prev && !(info.full && !prev.full) ? prev : info;
    entries.set(
      key,
      prev
        ? {
            ...main,
            short: prev.short || info.short,
            clitic: prev.clitic || info.clitic,
            full: prev.full || info.full,
          }
        : info,
    );
  };
  const clitics = lex.data.reporting.clitics;
  for (const v of lex.data.reporting.verbs) {
    const base = {
      class: v.class,
      ...(v.bare !== undefined ? { bare: v.bare } : {}),
      ...(v.stance ? { stance: v.stance } : {}),
      ...(v.certainty ? { certainty: v.certainty } : {}),
    };
    for (const f of v.forms) put(f, { ...base, short: false, clitic: false, full: true });
    for (const s of v.short) {
      put(s, { ...base, short: true, clitic: false, full: false });
      // "tambah" + "nya" = "tambahnya", "dit" + "-il" = "dit-il", "a" + "-t-il" + " déclaré" =
      // "a-t-il déclaré": the clitic, on the form's first word, names the previous speaker
      const space = s.indexOf(' ');
      for (const c of clitics)
        put(space < 0 ? s + c : s.slice(0, space) + c + s.slice(space), {
          ...base,
          short: false,
          clitic: true,
          full: false,
        });
    }
  }
  return new PhraseSet([...entries].map(([key, info]) => [written.get(key)!, info] as const));
}

/** The phrases and each of them with a possessive clitic: "juru bicara", "juru bicaranya". */
const withClitics = (phrases: readonly string[], clitics: readonly string[]): string[] => [
  ...phrases,
  ...phrases.flatMap((p) => clitics.map((c) => p + c)),
];

/**
 * Role forms with the role modifiers that end in a hyphen glued before them: "вице-губернатор",
 * "экс-министр" are one word holding a known role ("губернатор") after a known prefix ("вице-").
 */
const withPrefixes = (forms: readonly string[], modifiers: readonly string[]): string[] => {
  const prefixes = modifiers.filter((m) => m.length > 1 && m.endsWith('-'));
  return [...forms, ...forms.flatMap((f) => prefixes.map((p) => p + f))];
};

export function compileStatementLexicon(lex: Lexicon): StatementLexicon {
  return lex.compiled('statements', () => {
    const r = lex.data.reporting;
    const s = lex.data.stance;
    const roles = lex.data.roles;
    const set = (xs: readonly string[]) => new Set(xs.map(fold));
    const cues = cueSet(lex);
    const according = phraseSet(r.according);
    // "menurutnya": "according to him", the clitic naming the previous speaker
    // and "по его словам", "according to him": a pronoun inside the phrase does the same
    const accordingClitic = phraseSet([
      ...r.according.filter((a) => !a.includes(' ')).flatMap((a) => r.clitics.map((c) => a + c)),
      ...r.accordingPronoun,
    ]);
    const passives = phraseSet(r.passives);
    const authorities = phraseSet(r.authorityVerbs);
    return {
      cues,
      according,
      asClauses: set(r.asClauses),
      resumptives: phraseSet(r.resumptives),
      cleftOpeners: phraseSet(r.cleftOpeners),
      cleftCopulas: phraseSet(r.cleftCopulas),
      accordingRelatives: phraseSet(r.accordingRelatives),
      accordingClitic,
      accordingAfter: phraseSet(r.accordingAfter),
      verbFinal: lex.data.grammar.verbFinal,
      subjectMarkers: phraseSet(lex.data.grammar.subjectMarkers),
      clauseConjunctions: phraseSet(lex.data.grammar.clauseConjunctions),
      reportedClauseEndings: lex.data.grammar.reportedClauseEndings.map(fold),
      subordinators: phraseSet(lex.data.grammar.subordinators),
      surnames: new Set(lex.data.grammar.surnames),
      suffixBits: suffixTable(lex),
      givenNameLength: lex.data.grammar.givenNameLength,
      placeKinds: new Set(lex.data.grammar.placeKinds),
      quotatives: phraseSet(r.quotatives),
      cueTails: new Set(
        cues.phrases
          .flatMap((p) => phraseVariants(p))
          .flatMap((n) => (n.length > 1 ? [n[n.length - 1]!] : [])),
      ),
      triggers: phraseSet(
        [cues, according, accordingClitic, phraseSet(r.accordingAfter), passives, authorities]
          .flatMap((p) => p.phrases)
          .concat(lex.data.grammar.reportedMood)
          .concat(lex.data.grammar.recordPrepositions),
      ),
      citing: phraseSet(r.citing),
      relayFrom: set(r.relayFrom),
      relayedSpeech: set(r.relayedSpeech),
      platformPreps: phraseSet(r.platformPrepositions),
      hearerPreps: set(r.hearerPrepositions),
      hearerPrepsWritten: new Set(r.hearerPrepositions.map((p) => p.normalize('NFC').toLowerCase())),
      hearerVerbs: set(r.hearerVerbs),
      chargePreps: set(lex.data.grammar.chargePrepositions),
      participles: phraseSet(r.participles),
      passives,
      authorities,
      quotingVerbs: phraseSet(r.quotingVerbs),
      quotingLinks: set(r.quotingLinks),
      complementizers: set(r.complementizers),
      pronouns: set(r.pronouns),
      adverbs: phraseSet(r.adverbs),
      collective: set(r.collective),
      conjunctions: set(r.conjunctions),
      prepositions: phraseSet(r.prepositions),
      connectors: set(r.connectors),
      connectives: phraseSet(r.connectives),
      relativizers: set(r.relativizers),
      demonstratives: set(r.demonstratives),
      naming: set(r.naming),
      questionWords: set(lex.data.stance.question),
      negation: phraseSet(s.negation),
      notNegation: phraseSet(s.notNegation),
      deny: phraseSet(s.deny),
      hedge: phraseSet(s.hedge),
      possibility: phraseSet(s.possibility),
      possibilityEndings: [...set(s.possibilityEndings)],
      conditional: phraseSet(s.conditional),
      conditionalEndings: [...set(s.conditionalEndings)],
      notConditional: phraseSet(s.notConditional),
      refusal: phraseSet(s.refusal),
      withheld: phraseSet(s.withheld),
      refusalFramed: s.refusalFramed.map((f) => ({
        opener: phraseSet(f.opener),
        closer: f.closer.length ? phraseSet(f.closer) : null,
      })),
      absence: phraseSet(s.absence),
      factNegation: phraseSet(s.factNegation),
      openNegation: phraseSet(s.openNegation),
      selfSubjects: set(s.selfSubjects),
      implication: phraseSet(s.implication),
      question: phraseSet(s.question),
      certainty: new PhraseSet<Certainty>([
        ...s.certainty.high.map((p) => [p, 'high' as const] as const),
        ...s.certainty.medium.map((p) => [p, 'medium' as const] as const),
        ...s.certainty.low.map((p) => [p, 'low' as const] as const),
      ]),
      roles: new PhraseSet(
        roles.roles.flatMap((ro) =>
          withClitics(withPrefixes(ro.forms, roles.modifiers), r.clitics).map(
            (f) => [f, { en: ro.en, institutional: ro.institutional }] as const,
          ),
        ),
      ),
      titles: set(roles.titles),
      unnamed: phraseSet(roles.unnamedHeads),
      indefinites: phraseSet(roles.indefinites),
      bodies: phraseSet(roles.bodies),
      government: phraseSet(roles.governmentBodies),
      genericBodies: set(roles.genericBodies),
      modifiers: set(roles.modifiers),
      functionWords: set(lex.data.meta.functionWords),
      passiveAgents: set(lex.data.grammar.passiveAgents),
      citationFillers: set(lex.data.grammar.citationFillers),
      mediaWords: set(lex.data.grammar.mediaWords),
      mediaPhrases: set(lex.data.grammar.mediaPhrases),
      channels: phraseSet(lex.data.grammar.channels),
      documents: phraseSet(lex.data.grammar.documents),
      issueVerbs: phraseSet(lex.data.grammar.issueVerbs),
      infinitiveMarkers: phraseSet(lex.data.grammar.infinitiveMarkers),
      // as written, accents kept: folded, "wären" would be the indicative "waren", "ändere" "andere"
      reportedMood: new Set(lex.data.grammar.reportedMood.map((w) => w.normalize('NFC').toLowerCase())),
      adjectiveEndings: lex.data.grammar.adjectiveEndings,
      proDrop: lex.data.grammar.proDrop,
      splitCues: splitCues(lex, cues),
      ...actSets(lex),
      recordNouns: set(lex.data.grammar.recordNouns),
      predicateJoins: set(lex.data.grammar.predicateJoins),
      predicateAuxiliaries: set(lex.data.grammar.predicateAuxiliaries),
      bracketAuxiliaries: set(lex.data.grammar.bracketAuxiliaries),
      recordPrepositions: set(lex.data.grammar.recordPrepositions),
      reflexiveOwners: set(lex.data.grammar.reflexiveOwners),
      labels: labelTable(lex),
      wordBits: wordTable(lex),
      data: lex.data,
    };
  });
}

/** The speech-act verbs (reporting.acts) as written together and as verb and particle apart. */
function actSets(lex: Lexicon): Pick<StatementLexicon, 'acts' | 'actSplits'> {
  const entries: Array<readonly [string, CueInfo]> = [];
  const actSplits: StatementLexicon['actSplits'] = new Map();
  for (const v of lex.data.reporting.acts) {
    const info: CueInfo = {
      class: v.class,
      bare: true,
      ...(v.stance ? { stance: v.stance } : {}),
      ...(v.certainty ? { certainty: v.certainty } : {}),
      short: false,
      clitic: false,
      full: true,
    };
    for (const f of v.forms) {
      // "gab … bekannt": verb and particle apart, the particle closing the clause
      const [verb, particle] = f.split('…').map((w) => phraseNorms(w.trim()));
      if (!particle) {
        entries.push([f, info]);
        continue;
      }
      if (verb?.length !== 1 || particle.length !== 1 || !lex.data.grammar.verbSecond) continue;
      const list = actSplits.get(verb[0]!) ?? [];
      list.push({ particle: particle[0]!, info });
      actSplits.set(verb[0]!, list);
    }
  }
  return { acts: new PhraseSet(entries), actSplits };
}

/** The two-word cues whose words may stand apart in a verb-second language: "teilte … mit". */
function splitCues(lex: Lexicon, cues: PhraseSet<CueInfo>): StatementLexicon['splitCues'] {
  const out: StatementLexicon['splitCues'] = new Map();
  if (!lex.data.grammar.verbSecond) return out;
  for (const phrase of cues.phrases) {
    // compared as tokens are: folded ("kündigte an" -> "kundigte", "an")
    const words = phraseNorms(phrase);
    if (words.length !== 2) continue;
    const toks = words.map((norm) => ({ norm, kind: 'word' }) as Token);
    const m = cues.matchAt(toks, 0);
    if (!m || m.end !== 2) continue;
    const list = out.get(words[0]!) ?? [];
    list.push({ particle: words[1]!, info: m.value });
    out.set(words[0]!, list);
  }
  return out;
}

/** Labels of single words, one map lookup per token instead of one per list. */
function wordTable(lex: Lexicon): Map<string, number> {
  const r = lex.data.reporting;
  const roles = lex.data.roles;
  const bits = new Map<string, number>();
  const add = (words: readonly string[], label: number) => {
    for (const w of words) bits.set(fold(w), (bits.get(fold(w)) ?? 0) | label);
  };
  add(roles.titles, L.TITLE);
  add(roles.modifiers, L.MOD);
  add(r.pronouns, L.PRONOUN);
  add(r.conjunctions, L.CONJ);
  add(r.connectors, L.CONNECTOR);
  add(r.complementizers, L.COMPLEMENTIZER);
  add(r.collective, L.COLLECTIVE);
  add(r.relativizers, L.RELATIVE);
  add(r.demonstratives, L.DEMONSTRATIVE);
  add(lex.data.meta.functionWords, L.FUNCTION);
  return bits;
}

/** One table of every phrase the view labels, so a token costs one lookup, not one per list. */
function labelTable(lex: Lexicon): PhraseSet<number> {
  const r = lex.data.reporting;
  const roles = lex.data.roles;
  const bits = new Map<string, number>();
  const add = (phrases: readonly string[], label: number) => {
    for (const p of phrases) bits.set(fold(p), (bits.get(fold(p)) ?? 0) | label);
  };
  // "juru bicaranya", "jurucakapnya": a role or body with a possessive clitic is still one
  add(
    withClitics(
      withPrefixes(
        roles.roles.flatMap((ro) => ro.forms),
        roles.modifiers,
      ),
      r.clitics,
    ),
    L.ROLE,
  );
  add(withClitics(roles.unnamedHeads, r.clitics), L.UNNAMED);
  add(withClitics(roles.bodies, r.clitics), L.BODY);
  add(roles.governmentBodies, L.GOVERNMENT);
  add(roles.indefinites, L.INDEF);
  add(r.adverbs, L.ADVERB);
  add(lex.data.stance.negation, L.NEG);
  add(r.prepositions, L.PREP);
  add(r.connectives, L.CONNECTIVE);
  // "Japanese", "North Korean": nationality adjectives modify a speaker, they never name one
  const demonyms = (lex.data.entities as { demonyms?: Record<string, string[]> }).demonyms ?? {};
  add(Object.values(demonyms).flat(), L.MOD | L.DEMONYM);
  return new PhraseSet(bits);
}

/**
 * "산림청장", "서울대병원장": role and body words of two letters or more that a language writes
 * onto the word before them, with the label each gives; empty unless the grammar says so.
 */
function suffixTable(lex: Lexicon): Map<string, number> {
  const g = lex.data.grammar;
  const out = new Map<string, number>();
  if (!g.compoundHeads) return out;
  const roles = lex.data.roles;
  const add = (words: readonly string[], label: number) => {
    for (const w of words)
      if (w.normalize('NFC').length >= 2 && !w.includes(' '))
        out.set(fold(w), (out.get(fold(w)) ?? 0) | label);
  };
  add(
    roles.roles.flatMap((r) => r.forms),
    L.ROLE,
  );
  add([...roles.bodies, ...g.compoundHeadWords], L.BODY);
  return out;
}
