import path from 'node:path';
import { fold } from '../../lexicon/fold.js';
import { EntitiesLexicon, type EntityBody, type EntityKeyword } from '../../lexicon/kinds/entities.js';
import { languageDir, parseLexiconFile, type Lexicon } from '../../lexicon/load.js';
import { PhraseSet, phraseSet } from '../../lexicon/phrase-set.js';
import { phraseVariants } from '../../lexicon/tokenize.js';
import { languageNames, territoryNames } from './gazetteer/cldr.js';
import { knownNames } from './gazetteer/known.js';
import { sharedEntities, sharedGivenNames, type OrgType, type SharedOrg } from './shared.js';
import type { Form } from './target.js';

/** What a word may start, as bits: a known name, a body, a keyword, a nationality, a title. */
export const Starts = { Known: 1, Body: 2, Keyword: 4, Demonym: 8, Title: 16, Lower: 32 } as const;

/** Everything the stage matches against, compiled once per language. */
export interface EntityModel {
  lang: string;
  known: PhraseSet<Form[]>;
  /** first words of known names and keywords that may be written in lower case; others need a capital */
  lowerFirst: ReadonlySet<string>;
  /** what may start at a word, by its folded form: `Starts` bits; most words start nothing */
  startsOf: ReadonlyMap<string, number>;
  bodies: PhraseSet<EntityBody>;
  bodiesByKey: Map<string, EntityBody>;
  /** shared organisations that are a body of a country: "national-security-council:US" */
  bodyOrgs: Map<string, SharedOrg>;
  /** shared organisations that are part of a state: their names may hold their country */
  governmentOrgs: ReadonlySet<string>;
  demonyms: PhraseSet<string>;
  placeBefore: PhraseSet<EntityKeyword>;
  placeAfter: PhraseSet<EntityKeyword>;
  orgBefore: PhraseSet<EntityKeyword>;
  orgAfter: PhraseSet<EntityKeyword>;
  /** the keyword sets by what they name, before and after the name */
  keywordSets: ReadonlyArray<
    readonly [PhraseSet<EntityKeyword>, PhraseSet<EntityKeyword>, 'place' | 'organization']
  >;
  titles: PhraseSet<string>;
  placeTitles: PhraseSet<string>;
  personVerbs: PhraseSet<string>;
  locatives: PhraseSet<string>;
  orgCues: PhraseSet<string>;
  sourceCues: PhraseSet<string>;
  of: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  /**
   * the language's own words that may open a sentence or a headline: function words, cue verbs,
   * locatives, conjunctions, `sentenceOpeners`; capitalised there they name nothing
   */
  openers: ReadonlySet<string>;
  /** words before an outlet's name: "dilansir", "the newspaper"; with the grammar's media words */
  outletCues: PhraseSet<string>;
  /** ISO 3166 alpha-2 codes: a country is named by its name, never by its bare code */
  countryCodes: ReadonlySet<string>;
  /** the last part of an outlet's web address: "com" in "Tribunjateng.com" */
  outletDomains: ReadonlySet<string>;
  adjectiveSuffixes: readonly string[];
  /** a folded capitalised word that is a common word, not a name: "kedudukan", "investigation" */
  looksCommon(norm: string): boolean;
  conjunctions: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  /** the grammar's articles, skipped between a body and its country: "of the Ukraine" */
  determiners: ReadonlySet<string>;
  /** the grammar's possessive markers, folded: "'s", "'" */
  possessives: ReadonlySet<string>;
  /** names written in this language are already canonical: "Ohio River" keeps its words */
  canonicalNames: boolean;
  placeSuffixes: readonly string[];
  clitics: readonly string[];
  given: ReadonlySet<string>;
  familyFirst: ReadonlySet<string>;
  bodyCountry: ReadonlySet<'before' | 'after' | 'of'>;
  defaultCountry: string | undefined;
  acronymsAreOrganisations: boolean;
  capitalizedNouns: boolean;
  /** folded endings of a name's genitive before its noun: "s" in "Kiplings Drang" */
  prenominalGenitive: readonly string[];
  /** folded compass words written onto a place's name: "nord" in "Nordalgerien" */
  placePrefixes: readonly string[];
}

const STATE_TYPES: ReadonlySet<OrgType> = new Set([
  'government',
  'legislature',
  'court',
  'military',
  'intelligence',
  'police',
  'agency',
]);

const keywordSet = (kws: readonly EntityKeyword[], position: 'before' | 'after'): PhraseSet<EntityKeyword> =>
  new PhraseSet(
    kws.filter((k) => k.position === position).flatMap((k) => k.forms.map((f) => [f, k] as const)),
  );

const folded = (words: Iterable<string>): Set<string> => new Set([...words].map(fold));

/** One regular expression from the lexicon's patterns, compiled once; given names are exempt. */
function commonWordTest(
  patterns: readonly string[],
  givenNames: readonly string[],
): (norm: string) => boolean {
  if (patterns.length === 0) return () => false;
  const re = new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'u');
  const exempt = folded(givenNames);
  // words repeat: remember the answer for each, up to a bound
  const seen = new Map<string, boolean>();
  return (norm) => {
    let r = seen.get(norm);
    if (r === undefined) {
      r = re.test(norm) && !exempt.has(norm);
      if (seen.size < 50_000) seen.set(norm, r);
    }
    return r;
  };
}

/** Another language's common capitalised words, read from its entities file alone; none if unreadable. */
function borrowedNotNames(lang: string): string[] {
  try {
    return parseLexiconFile(path.join(languageDir(lang), 'entities.json'), EntitiesLexicon).notNames;
  } catch {
    return [];
  }
}

function build(lex: Lexicon): EntityModel {
  const e = lex.data.entities;
  const reporting = lex.data.reporting;
  const given = sharedGivenNames();
  const known = knownNames(lex.lang, e);
  const lowerFirst = new Set(known.lowerFirst);
  // "foreign ministry" after "Russia's"
  if (e.bodyCountry.includes('before'))
    for (const b of e.bodies) for (const f of b.forms) lowerFirst.add(fold(f).split(/\s+/)[0]!);
  for (const k of [...e.placeKeywords, ...e.orgKeywords])
    for (const f of k.forms) if (k.lowercase || !/^\p{Lu}/u.test(f)) lowerFirst.add(fold(f).split(/\s+/)[0]!);
  const startsOf = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) startsOf.set(w, (startsOf.get(w) ?? 0) | bit);
  };
  const firstOf = (phrases: Iterable<string>): string[] =>
    [...phrases].flatMap((p) => phraseVariants(p).map((v) => v[0] ?? ''));
  const titleForms = [
    ...e.personTitles,
    ...lex.data.roles.titles,
    ...lex.data.roles.roles.flatMap((r) => r.forms),
  ];
  mark(known.firstWords, Starts.Known);
  mark(firstOf(e.bodies.flatMap((b) => b.forms)), Starts.Body);
  mark(firstOf([...e.placeKeywords, ...e.orgKeywords].flatMap((k) => k.forms)), Starts.Keyword);
  mark(firstOf(Object.values(e.demonyms).flat()), Starts.Demonym);
  mark(firstOf(titleForms), Starts.Title);
  mark(lowerFirst, Starts.Lower);
  const bodyOrgs = new Map<string, SharedOrg>();
  for (const o of sharedEntities().organizations) {
    const m = /^org:([a-z0-9-]+):([A-Z]{2})$/.exec(o.id);
    if (m) bodyOrgs.set(`${m[1]}:${m[2]}`, o);
  }
  const placeBefore = keywordSet(e.placeKeywords, 'before');
  const placeAfter = keywordSet(e.placeKeywords, 'after');
  const orgBefore = keywordSet(e.orgKeywords, 'before');
  const orgAfter = keywordSet(e.orgKeywords, 'after');
  return {
    lang: lex.lang,
    known: known.names,
    lowerFirst,
    startsOf,
    bodies: new PhraseSet(e.bodies.flatMap((b) => b.forms.map((f) => [f, b] as const))),
    bodiesByKey: new Map(e.bodies.map((b) => [b.key, b])),
    bodyOrgs,
    governmentOrgs: new Set(
      sharedEntities()
        .organizations.filter((o) => STATE_TYPES.has(o.type))
        .map((o) => o.id),
    ),
    demonyms: new PhraseSet(
      Object.entries(e.demonyms).flatMap(([cc, forms]) => forms.map((f) => [f, cc] as const)),
    ),
    placeBefore,
    placeAfter,
    orgBefore,
    orgAfter,
    keywordSets: [
      [placeBefore, placeAfter, 'place'],
      [orgBefore, orgAfter, 'organization'],
    ],
    titles: phraseSet(titleForms),
    placeTitles: phraseSet(e.placeTitles),
    personVerbs: phraseSet([...e.personVerbs, ...reporting.verbs.flatMap((v) => v.forms)]),
    locatives: phraseSet(e.locatives),
    orgCues: phraseSet(e.orgCues),
    sourceCues: phraseSet(e.sourceCues),
    of: folded(e.of),
    connectors: folded(e.nameConnectors),
    // a keyword without its name ("Masjid", "Dusun") is no name either
    notNames: folded([
      ...e.notNames,
      ...languageNames(lex.lang),
      ...e.borrowNotNames.filter((l) => l !== lex.lang).flatMap(borrowedNotNames),
      ...e.placeKeywords.filter((k) => k.position === 'before').flatMap((k) => k.forms),
      ...e.orgKeywords.filter((k) => k.position === 'before').flatMap((k) => k.forms),
    ]),
    functionWords: folded(lex.data.meta.functionWords),
    openers: folded(
      [
        ...lex.data.meta.functionWords,
        ...e.sentenceOpeners,
        ...e.personVerbs,
        ...reporting.verbs.flatMap((v) => v.forms),
        ...e.locatives,
        ...e.sourceCues,
        ...e.outletCues,
        ...e.conjunctions,
        ...e.of,
      ].filter((w) => !/\s/.test(w.trim())),
    ),
    outletCues: phraseSet([
      ...e.outletCues,
      ...lex.data.grammar.mediaWords,
      ...lex.data.grammar.mediaPhrases,
    ]),
    outletDomains: folded(sharedEntities().outletDomains),
    countryCodes: new Set(territoryNames('en').flatMap((t) => (/^[A-Z]{2}$/.test(t.code) ? [t.code] : []))),
    adjectiveSuffixes: e.adjectiveSuffixes.map(fold),
    looksCommon: commonWordTest(e.commonWordPatterns, given.given),
    conjunctions: folded(e.conjunctions),
    articles: folded(e.articles),
    determiners: folded(lex.data.grammar.articles),
    possessives: folded(lex.data.grammar.possessiveMarkers),
    canonicalNames: e.canonicalNames,
    placeSuffixes: e.placeSuffixes.map(fold),
    clitics: e.clitics.map(fold),
    given: folded(given.given),
    familyFirst: folded(given.familyFirst),
    bodyCountry: new Set(e.bodyCountry),
    defaultCountry: e.defaultCountry,
    acronymsAreOrganisations: e.acronymsAreOrganisations,
    capitalizedNouns: e.capitalizedNouns,
    prenominalGenitive: e.prenominalGenitive.map(fold),
    placePrefixes: e.placePrefixes.map(fold),
  };
}

export const entityModel = (lex: Lexicon): EntityModel => lex.compiled('entities.model', build);
