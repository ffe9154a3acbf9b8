import type { ExtractResult } from '../domain/extract-result.js';
import { fold } from '../lexicon/fold.js';
import { loadLexicon, supportedLanguages, type Lexicon } from '../lexicon/load.js';
import { PhraseSet } from '../lexicon/phrase-set.js';
import { tokenize } from '../lexicon/tokenize.js';
import { isCapital } from './capitals.js';
import { isOutletEntity, orgInfo } from '../stages/entities/lookup.js';
import { stems } from './stem.js';
import { datesOverlapping, mentionsWithin } from './positions.js';

type Statement = ExtractResult['statements'][number];

/**
 * Concept keys, by prefix: an entity id ("country:KP", "org:nato", "place:…"), "at:<entity>" for
 * a place something is in or goes to, "p:<predicate>", "d:<event>" (an event defines its claim), "t:<thing>",
 * "a:<attribute>" from the
 * concepts lexicon, "u:<unit>" for the unit of a figure.
 */
export type Concepts = Map<string, number>;

export function weightOf(key: string): number {
  if (key.startsWith('n:')) return 1;
  if (key.startsWith('w:') || key.startsWith('dt:')) return 0.5;
  if (key.startsWith('at:')) return 1.5;
  if (key.startsWith('p:') || key.startsWith('d:')) return 1.5;
  if (key.startsWith('t:') || key.startsWith('u:')) return 1;
  if (key.startsWith('a:')) return 0.5;
  if (key.startsWith('person:')) return 1;
  return 2;
}

export const isEntityKey = (k: string) => /^(country|org|place|person|at):/.test(k);

/**
 * Evidence that only ever adds to a link, never asks for one: the same figure ("n:troops:3000"),
 * the same content word ("w:en:wonsan", same language only) or the same day ("dt:2024-10-27").
 * A statement is not charged for having them; a claim does not need them.
 */
export const isEvidenceKey = (k: string) => /^(n|w|dt):/.test(k);

/** At most this many content words per statement, the longest first: they are the most telling. */
const MAX_WORDS = 6;

interface ConceptTable {
  /** concept keys that also say where: "t:front_line" adds "at:front_line" */
  placeLike: Set<string>;
  /** "north korean" -> "country:KP": adjectives of nationality name their country */
  demonyms: PhraseSet<string>;
  words: Map<string, string>;
  phrases: PhraseSet<string>;
  locatives: Set<string>;
  planned: Set<string>;
  ignore: Set<string>;
  /** function words and stop words: never content-word evidence */
  stop: Set<string>;
  /** verbs of telling ("declared", "announced"): as a cue they never name the claim's event */
  saying: Set<string>;
}

/**
 * Classes of reporting verbs that only tell ("said", "declared", "announced", "added"), unlike
 * "blamed … on" (class claim) or "accused", whose cue carries the claim's verb.
 */
const TELLING = new Set(['say', 'announce', 'add', 'explain', 'write', 'confirm']);

// an event defines its claim ("d:dead" never joins "d:displaced"); other verbs are "p:"
const PREFIX = { event: 'd:', predicate: 'p:', thing: 't:', attribute: 'a:' } as const;

let sharedIds: { family: Map<string, string>; meta: Set<string> } | null = null;
/**
 * Families and meta concepts are about concept ids, which are one across languages: "geschickt"
 * must read as "p:presence" as "sent" and "dikirim" do, even where the German lexicon names no
 * family. Joined over every language we read.
 */
function shared(): { family: Map<string, string>; meta: Set<string> } {
  if (sharedIds) return sharedIds;
  const family = new Map<string, string>();
  const meta = new Set<string>();
  for (const l of supportedLanguages()) {
    const c = loadLexicon(l).data.concepts;
    for (const [name, members] of Object.entries(c.families))
      for (const m of members) if (!family.has(m)) family.set(m, name);
    for (const m of c.meta) meta.add(m);
  }
  return (sharedIds = { family, meta });
}

function table(lex: Lexicon): ConceptTable {
  return lex.compiled('ledger.concepts', (l) => {
    const words = new Map<string, string>();
    const phrases: Array<[string, string]> = [];
    const { family, meta } = shared();
    for (const [id, c] of Object.entries(l.data.concepts.concepts)) {
      if (meta.has(id)) continue;
      const name = family.get(id) ?? id;
      const key = `${PREFIX[c.kind]}${name}`;
      for (const f of c.forms) {
        const form = fold(f);
        if (form.includes(' ')) phrases.push([form, key]);
        else if (!words.has(form)) words.set(form, key);
      }
    }
    const demonyms: Array<[string, string]> = [];
    const d = (l.data.entities as { demonyms?: Record<string, string[]> }).demonyms ?? {};
    for (const [code, names] of Object.entries(d))
      for (const n of names) demonyms.push([n, `country:${code}`]);
    return {
      placeLike: new Set(
        l.data.concepts.placeLike.flatMap((id) => ['t:', 'p:', 'a:'].map((p) => `${p}${id}`)),
      ),
      demonyms: new PhraseSet(demonyms),
      words,
      phrases: new PhraseSet(phrases),
      locatives: new Set(l.data.concepts.locatives.map(fold)),
      planned: new Set(l.data.concepts.planned.map(fold)),
      ignore: new Set(l.data.concepts.ignore.map(fold)),
      stop: new Set([...l.data.meta.functionWords, ...l.data.grammar.stopWords].map(fold)),
      saying: new Set(
        l.data.reporting.verbs.filter((v) => TELLING.has(v.class)).flatMap((v) => v.forms.map(fold)),
      ),
    };
  });
}

/** The country a speaker's affiliation speaks for: itself, or a government body's country. */
function governmentOf(affiliation: string | null | undefined, lex: Lexicon | null): string | null {
  if (!affiliation) return null;
  if (affiliation.startsWith('country:')) return affiliation;
  const speaksFor = affiliation.startsWith('org:')
    ? orgInfo({ id: affiliation }, lex ?? undefined)?.speaksFor
    : undefined;
  return speaksFor ? `country:${speaksFor}` : null;
}

let kinds: Set<string> | null = null;
/**
 * Words naming a kind of place, in every language we read (`grammar.placeKinds`): place ids are
 * shared across languages, so "Kabupaten Sungai Lestari", "Sungai Lestari Regency" and
 * "Sungai Lestari" must all lose theirs.
 */
function placeKinds(): Set<string> {
  kinds ??= new Set(supportedLanguages().flatMap((l) => loadLexicon(l).data.grammar.placeKinds.map(fold)));
  return kinds;
}

/** A place id without the words that only say what kind of place it is. */
export function placeKey(id: string): string {
  const kinds = placeKinds();
  const m = /^place:([^:]+)(:.*)?$/.exec(id);
  if (!m) return id;
  const words = m[1]!.split('-').filter((w) => !kinds.has(w));
  return words.length ? `place:${words.join('-')}${m[2] ?? ''}` : id;
}

let durations: Set<string> | null = null;
/** Units that are spans of time ("days", "hours"), in every language we read. */
function durationUnits(): Set<string> {
  durations ??= new Set(
    supportedLanguages().flatMap((l) =>
      loadLexicon(l)
        .data.units.units.filter((u) => u.duration)
        .map((u) => u.unit),
    ),
  );
  return durations;
}

/**
 * A figure key that names one fact: a count of something ("n:cases:412", "n:troops:3000-3500"),
 * large enough not to recur by chance ("3 schools", "7 dead" do), and not a span of time.
 */
export function isTellingFigure(key: string): boolean {
  const m = /^n:([^:]+):(\d+(?:\.\d+)?)/.exec(key);
  return !!m && !durationUnits().has(m[1]!) && Number(m[2]) >= MIN_TELLING_FIGURE;
}
const MIN_TELLING_FIGURE = 20;

let legal: Set<string> | null = null;
/** Words naming a company's legal form, in every language we read: org ids are shared too. */
function legalForms(): Set<string> {
  legal ??= new Set(supportedLanguages().flatMap((l) => loadLexicon(l).data.concepts.legalForms.map(fold)));
  return legal;
}

/**
 * A second key for a body the lexicon does not know, that its name, its short name and its
 * acronym share: "org:pt-sinar-baja-makmur", "org:sinar-baja-makmur" and "org:pt-sbm" all give
 * "org:~sbm". A known body ("org:who", "org:health-ministry:ID") already has one id; null.
 */
export function orgAlias(id: string, known: boolean): string | null {
  const m = /^org:([^:]+)$/.exec(id);
  if (!m || known) return null;
  const words = m[1]!.split('-').filter((w) => w && !legalForms().has(w));
  const short = words.length === 1 ? words[0]! : words.map((w) => w[0]).join('');
  // an acronym has two to six letters; a longer single word is its own key already
  return /^\p{L}{2,6}$/u.test(short) && (words.length > 1 || short.length <= 6) ? `org:~${short}` : null;
}

/** The concepts a statement's content speaks of, each with its weight. */
export function statementConcepts(result: ExtractResult, st: Statement, lex: Lexicon | null): Concepts {
  const out: Concepts = new Map();
  const add = (k: string, w = weightOf(k)) => out.set(k, Math.max(out.get(k) ?? 0, w));
  const { start, end } = st.contentSpan;
  const t = lex ? table(lex) : null;
  const covered: Array<[number, number]> = [];
  // "US has evidence", said by a US official: the speaker's own side is not what the claim is about
  const speakerCountry = st.speaker.affiliation;
  for (const [ei, mi] of mentionsWithin(result, start, end)) {
    const e = result.entities[ei]!;
    const m = e.mentions[mi]!;
    covered.push([m.start, m.end]);
    // "Washington", "Moskow": a capital acts for its country
    const id =
      e.type === 'place' && e.country && isCapital(e.name, e.country)
        ? `country:${e.country}`
        : placeKey(e.id);
    // though a place they say something is in or goes to still says where: Kyiv's "sent to the
    // battlefield in Ukraine" is about Ukraine as a place
    const own = e.id === st.speaker.entityId || id === speakerCountry;
    // "(ANTARA) - …", "kata dia kepada Liputan6": the outlet carries the words, it is not their subject
    if (isOutletEntity(e)) continue;
    if (!own) {
      add(id);
      const alias = e.type === 'organization' ? orgAlias(e.id, !!orgInfo(e, lex ?? undefined)) : null;
      if (alias) add(alias);
      if (e.type === 'person' && e.country) add(`country:${e.country}`, 1.5);
    }
    // "North Korean soldiers": a nationality adjective says whose, not where
    if (t && (e.type === 'place' || e.type === 'country') && !m.rule.includes('demonym')) {
      // the word before the place, stepping over region words ("ke arah wilayah Kursk") but
      // not over a number ("at least 3,000 North Korean …")
      const words = result.text.slice(Math.max(start, m.start - 40), m.start).match(/[\p{L}\p{N}]+/gu) ?? [];
      let w = words.length - 1;
      // and over adjectives ("to eastern Russia", "in neighbouring Ukraine")
      const skip = (x: string) => t.ignore.has(fold(x)) || !!t.words.get(fold(x))?.startsWith('a:');
      while (w > 0 && skip(words[w]!) && !/\d/.test(words[w]!)) w--;
      if (w >= 0 && t.locatives.has(fold(words[w]!))) add(`at:${id}`);
    }
  }
  for (const f of st.figures) {
    // "for ten days", "in the past 24 hours": a span of time is not what is counted
    if (f.unit && !durationUnits().has(f.unit)) add(`u:${f.unit}`);
    // "1,500 special forces" and "1.500 pasukan khusus": one figure in any language
    add(`n:${f.unit ?? ''}:${f.value}${f.max !== undefined ? `-${f.max}` : ''}`);
  }
  for (const d of st.dates)
    if (d.value && d.granularity === 'day' && d.span.start >= start && d.span.end <= end)
      add(`dt:${d.value}`);
  // "Our republic has never sent its soldiers", said for North Korea: a government's denial is
  // about its own country
  if (st.stance === 'deny' || st.negated) {
    const own = governmentOf(speakerCountry, lex);
    if (own) add(own);
  }
  if (!t) return out;
  const toks = tokenize(result.text, start, end).filter(
    (k) => k.kind === 'word' && !covered.some(([a, b]) => k.start >= a && k.end <= b),
  );
  // figures and dates are evidence of their own
  const spans = [...st.figures.map((x) => x.span), ...datesOverlapping(result, start, end)];
  const inFigure = (k: { start: number; end: number }) =>
    spans.some((f) => k.start < f.end && k.end > f.start);
  const words: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const dem = t.demonyms.matchAt(toks, i);
    if (dem && dem.value !== speakerCountry) {
      add(dem.value);
      i = dem.end - 1;
      continue;
    }
    const m = t.phrases.matchAt(toks, i);
    if (m) {
      add(m.value);
      i = m.end - 1;
      continue;
    }
    const w = toks[i]!.norm;
    if (t.ignore.has(w)) continue;
    const found = stems(w, lex!.data.grammar.stemmer);
    const key = found.map((s) => t.words.get(s)).find(Boolean);
    if (key) add(key);
    // a word the concept lexicon does not know ("mpox", "Wonsan"), by its shortest stem
    else if (w.length >= 4 && !t.stop.has(w) && !/\d/.test(w) && !inFigure(toks[i]!))
      // a name ("Wonsan", "Senin") is kept whole; other words by their shortest stem
      words.push(
        /\p{Lu}/u.test(result.text[toks[i]!.start]!)
          ? w
          : found.reduce((a, b) => (b.length >= 3 && b.length < a.length ? b : a)),
      );
  }
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, MAX_WORDS))
    add(`w:${lex!.lang}:${w}`);
  // "blamed the floods on mining", "threatened to …": a cue that is itself the claim's verb
  if (st.cueSpan)
    for (const k of tokenize(result.text, st.cueSpan.start, st.cueSpan.end)) {
      // "the minister declared that …": a verb of saying, though "declared an emergency" is an event
      if (t.saying.has(k.norm)) continue;
      const m = t.phrases.matchAt([k], 0);
      const key = m?.value ?? t.words.get(k.norm);
      if (key?.startsWith('d:')) add(key);
    }
  for (const k of [...out.keys()]) if (t.placeLike.has(k)) add(`at:${k.slice(2)}`);
  return out;
}

/** Whether a figure is a plan or a forecast: a planning word shortly before it in the content. */
export function isPlanned(
  result: ExtractResult,
  st: Statement,
  figureStart: number,
  lex: Lexicon | null,
): boolean {
  if (!lex) return false;
  const t = table(lex);
  const from = Math.max(st.contentSpan.start, figureStart - 60);
  return tokenize(result.text, from, figureStart).some((k) => t.planned.has(k.norm));
}
