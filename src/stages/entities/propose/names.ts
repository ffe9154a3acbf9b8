import type { EntityType } from '../../../domain/entity.js';
import type { Token } from '../../../domain/text.js';
import { PRIORITY, type Candidate } from '../candidate.js';
import { cityIndex, MIN_POPULATION, type City } from '../gazetteer/cities.js';
import { Starts, type EntityModel } from '../model.js';
import { isAllCaps } from '../shape.js';
import { slug } from '../slug.js';
import { normKey, surface } from '../span-text.js';
import type { SentenceView } from '../view.js';
import { OUTLET_RULE } from '../lookup.js';
import { Cues } from './cues.js';
import { genitiveName } from './genitive.js';
import { prefixedPlace } from './place-prefix.js';
import { ADJECTIVE, INFLECTED } from './inflection.js';
import { domainEnd, outletNameEnd } from './outlets.js';
import { possessiveLength } from './possessive.js';
import { isCapitalWord, isRoman } from './runs.js';

/** A one-word city needs this many people to be read without a cue ("di", "in") before it. */
const BARE_CITY_POPULATION = 100_000;

/**
 * Names read from capitals where the lexicon knows none: runs of capitalised words not taken
 * by a known name, typed by the cues around them ("Presiden X", "X mengatakan", "di X",
 * a known given name) or found in the city gazetteer.
 */
export function proposeNames(
  view: SentenceView,
  sentence: number,
  model: EntityModel,
  covered: Uint8Array,
  out: Candidate[],
): void {
  if (view.titleCase) return;
  const { tokens } = view;
  // each token is judged once, however many runs look at it: 0 unknown, 1 a name word, 2 not
  const judged = new Uint8Array(tokens.length);
  const isName = (k: number): boolean => {
    if (k >= tokens.length) return false;
    if (judged[k] === 0) judged[k] = nameWord(view, covered, model, k) ? 1 : 2;
    return judged[k] === 1;
  };
  let quoted: Uint8Array | null | undefined;
  const { starts, startBits } = view;
  let next = 0;
  for (let s = 0; s < starts.length; s++) {
    const i = starts[s]!;
    if (i < next || !tokens[i]!.upper || covered[i]) continue;
    // "Menteri Pertahanan AS": the words of a title are not a name
    const title = startBits[s]! & Starts.Title ? model.titles.matchAt(tokens, i) : null;
    if (title) {
      next = title.end;
      continue;
    }
    // "dilansir Kabar Timur": after an outlet's cue, capitals name the outlet, common words or not
    const outlet = outletNameEnd(view, i, covered, model);
    if (outlet > i) {
      const c = named(view, i, outlet, 'organization', OUTLET_RULE, PRIORITY.name);
      out.push({
        sentence,
        start: i,
        end: outlet,
        target: c.target,
        rule: c.rule,
        priority: c.priority,
        phase: 2,
      });
      next = outlet;
      continue;
    }
    if (!nameWord(view, covered, model, i, true)) continue;
    if (governedNoun(view, i, model, isName)) continue;
    // "Kiplings Drang": a name in the genitive before its noun is the name alone
    if (genitiveName(view, i, model)) {
      const c = named(view, i, i + 1, 'person', 'name.genitive', PRIORITY.name);
      out.push({
        sentence,
        start: i,
        end: i + 1,
        target: c.target,
        rule: c.rule,
        priority: c.priority,
        phase: 2,
      });
      next = i + 1;
      continue;
    }
    // "Otto von Bismarck", "Johann Wolfgang von Goethe", but not "große Vorkommen von Gold", "in
    // Zeiten von Krieg": where every noun is capitalised, one word after an article, a preposition
    // or an inflected adjective is a common noun, and a connector after it joins no name
    const joins = (a: number, c: number) => {
      if (!model.capitalizedNouns || c - a > 1 || model.given.has(tokens[a]!.norm)) return true;
      const before = tokens[a - 1];
      if (!before || before.kind !== 'word' || before.upper) return true;
      return !(
        model.articles.has(before.norm) ||
        model.locatives.matchAt(tokens, a - 1) ||
        (INFLECTED.test(before.norm) && !model.functionWords.has(before.norm))
      );
    };
    let end = i + 1;
    while (end < tokens.length) {
      const t = tokens[end]!;
      if (isInitial(tokens, end) && isName(end + 2)) end += 2;
      else if (isName(end) || (!covered[end] && isRoman(t))) end++;
      else if (t.kind === 'word' && model.connectors.has(t.norm) && isName(end + 1) && joins(i, end))
        end += 2;
      else break;
    }
    if (quoted === undefined) quoted = shortQuotes(view, model);
    const web = domainEnd(tokens, end, model);
    const c = quoted?.[i]
      ? null
      : web > end
        ? named(view, i, (end = web), 'organization', OUTLET_RULE, PRIORITY.name)
        : classify(view, i, end, model, covered);
    if (c)
      out.push({
        sentence,
        start: i,
        end,
        target: c.target,
        rule: c.rule,
        priority: c.priority,
        weak: c.weak,
        phase: 2,
      });
    next = end;
  }
}

/** Whether token `k` may be part of a name read from capitals. */
function nameWord(
  view: SentenceView,
  covered: Uint8Array,
  model: EntityModel,
  k: number,
  titleChecked = false,
): boolean {
  const { tokens } = view;
  const t = tokens[k];
  if (!t || covered[k] || !isCapitalWord(t)) return false;
  // a common word that is also a given name names someone only with a name after it: "Dewi Sartika"
  if (model.notNames.has(t.norm) && !(model.given.has(t.norm) && isCapitalWord(tokens[k + 1]))) return false;
  if (!titleChecked && model.titles.matchAt(tokens, k)) return false;
  if (model.looksCommon(t.norm)) return false;
  // "der Feldherr Megabazos", "die Kontrolle Dänemarks": where every noun is capitalised, the
  // word an article governs is a noun unless it has the shape of an adjective in a name
  // ("das Schwarze Meer", "der Indische Ozean")
  if (model.capitalizedNouns && model.articles.has(tokens[k - 1]?.norm ?? '') && !ADJECTIVE.test(t.norm))
    return false;
  // "Emperors", "Slavs": the plural of a common word
  if (t.norm.endsWith('s') && model.notNames.has(t.norm.slice(0, -1))) return false;
  return !((view.initial[k] || view.headline) && commonHere(view, model, k));
}

/**
 * Where a capital says nothing (a sentence start, a headline), a word of the language's own
 * lexicon ("Usai", "Dilansir", "Following") or one the article writes in lower case elsewhere
 * ("Menjadi" ... "menjadi") is that common word. A given name stays a name before another
 * capital ("Said Iqbal").
 */
function commonHere(view: SentenceView, model: EntityModel, k: number): boolean {
  const norm = view.tokens[k]!.norm;
  if (!model.openers.has(norm) && !view.lowered.has(norm)) return false;
  return !(model.given.has(norm) && isCapitalWord(view.tokens[k + 1]));
}

/** "R ." in "Stephen R. Covey": a capital letter and its period inside a name. */
const isInitial = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text.length === 1 && tokens[k]!.upper && tokens[k + 1]?.text === '.';

/** Longest quotation read as a title ("Road House", "Twelfth Night") rather than as speech. */
const TITLE_QUOTE_TOKENS = 8;

/** Tokens inside a short quotation: capitals there name a work, a song or a show. */
function shortQuotes(view: SentenceView, model: EntityModel): Uint8Array | null {
  const { tokens } = view;
  let inside: Uint8Array | null = null;
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    // "Hitchcock ' s" written with spaces is a possessive, not a quotation
    if (tokens[k]!.kind !== 'quote' || possessiveLength(tokens, k, model) === 2) continue;
    if (open < 0) open = k;
    else {
      if (k - open - 1 <= TITLE_QUOTE_TOKENS) (inside ??= new Uint8Array(tokens.length)).fill(1, open + 1, k);
      open = -1;
    }
  }
  return inside;
}

type Typed = Pick<Candidate, 'target' | 'rule' | 'priority' | 'weak'>;

function named(
  view: SentenceView,
  a: number,
  b: number,
  type: EntityType,
  rule: string,
  priority: number,
): Typed {
  const name = surface(view.tokens, a, b);
  const prefix = type === 'organization' ? 'org' : type;
  return { target: { id: `${prefix}:${slug(name)}`, name, type, rule }, rule, priority };
}

function fromCity(city: City, rule: string): Typed {
  const { id, name, country, coordinates } = city;
  return { target: { id, name, type: 'place', country, coordinates, rule }, rule, priority: PRIORITY.city };
}

function classify(
  view: SentenceView,
  a: number,
  b: number,
  model: EntityModel,
  covered: Uint8Array,
): Typed | null {
  const { tokens } = view;
  const cues = new Cues(view, a, b, model, covered);
  const single = b - a === 1;
  const first = tokens[a]!;
  // "ET" in "10 a.m. ET", "pejabat EG": a bare country code the lexicon does not know names nothing;
  // nor does an acronym the article spells out in common words ("pemutusan hubungan kerja (PHK)")
  if (single && (model.countryCodes.has(first.text) || view.commonAcronyms.has(first.text))) return null;
  if (cues.governedPlace && !cues.givenFirst)
    return named(view, a, b, 'place', 'name.governed', PRIORITY.guess);
  if (cues.title || cues.apposedRole || (!single && cues.givenFirst))
    return named(view, a, b, 'person', cues.title ? 'name.title' : 'name.given', PRIORITY.name);
  // "dilansir Tribun Jateng", "the newspaper Harian Rakyat": an outlet, neither person nor place
  if (cues.outlet) return named(view, a, b, 'organization', OUTLET_RULE, PRIORITY.name);
  if (cues.orgCue) return named(view, a, b, 'organization', 'name.org-cue', PRIORITY.name);
  const cities = cityIndex();
  const key = single ? first.norm : b - a <= cities.maxTokens ? normKey(tokens, a, b) : null;
  const city = key === null ? undefined : cities.byName.get(key);
  if (city && !cues.verb && acceptCity(city, single, cues, model))
    return fromCity(city, cues.locative ? 'gazetteer.city.cued' : 'gazetteer.city');
  if (cues.verb || cues.possessive || (single && cues.givenFirst))
    return named(view, a, b, 'person', cues.verb ? 'name.verb' : 'name.given', PRIORITY.name);
  if (cues.phrase || (single && cues.adjective)) return null;
  if (cues.locative || cues.apposedPlace) {
    if (single && model.capitalizedNouns && !nameSlot(view, a, model)) return null;
    return named(view, a, b, 'place', 'name.locative', PRIORITY.guess);
  }
  // "die Armee", "Teile", "Revolten": where every noun is capitalised, a lone capital with no
  // other evidence (title, given name, cue, gazetteer, place preposition) is a noun
  if (single && prefixedPlace(first, model))
    return named(view, a, b, 'place', 'name.place-prefix', PRIORITY.guess);
  if (single && model.capitalizedNouns && !(cues.placeShape && nameSlot(view, a, model)))
    return loneSlot(view, a, model)
      ? { ...named(view, a, b, 'person', 'name.lone', PRIORITY.guess), weak: true }
      : null;
  // "Thailändische Geburtsurkunden", "Oberste Priorität", "das Mykenische Alphabet": where every
  // noun is capitalised, an inflected adjective before a noun with no cue for a name is a noun
  // phrase; a connector ("De Gaulle"), a regnal number ("Ramses II") or a speech verb before it
  // ("teilte die Deutsche Bahn mit") still makes a name
  if (
    !single &&
    model.capitalizedNouns &&
    ADJECTIVE.test(first.norm) &&
    !model.functionWords.has(first.norm) &&
    !model.connectors.has(first.norm) &&
    !isRoman(tokens[b - 1]!) &&
    !cues.verbBefore
  )
    return null;
  if (cues.article || cues.placeShape) return named(view, a, b, 'place', 'name.place-shape', PRIORITY.guess);
  // "BPBD Garut", "STKS Bandung": an acronym with its place is an organisation's office
  if (!single && model.acronymsAreOrganisations && /^\p{Lu}{2,6}$/u.test(first.text) && !isRoman(first))
    return named(view, a, b, 'organization', 'name.acronym', PRIORITY.guess);
  if (isAllCaps(first.text) && single) {
    if (!model.acronymsAreOrganisations || !/^\p{Lu}{2,6}$/u.test(first.text) || isRoman(first)) return null;
    return named(view, a, b, 'organization', 'name.acronym', PRIORITY.guess);
  }
  // "Dakhlallah mengatakan" opens a sentence: kept only if a full name earlier explains it;
  // so is a lone capital in a headline
  if (single && (view.initial[a] || view.headline))
    return { ...named(view, a, b, 'person', 'name.initial', PRIORITY.guess), weak: true };
  return named(view, a, b, 'person', 'name.capitals', PRIORITY.guess);
}

/**
 * "dessen Neffen Rastiz", "den Schotten James Watt", "in Teilen Niederösterreichs": where every
 * noun is capitalised, a capital governed by an article, a preposition or an inflected adjective
 * and followed by more capitals is the common noun the name stands beside, not the name's first
 * word, when a given or known name follows it or it bears a noun's inflection; an adjective
 * ("den Pazifischen Ozean") and a city's first word ("in Los Angeles") stay.
 */
function governedNoun(
  view: SentenceView,
  i: number,
  model: EntityModel,
  isName: (k: number) => boolean,
): boolean {
  const { tokens } = view;
  if (!model.capitalizedNouns || !isName(i + 1) || model.given.has(tokens[i]!.norm)) return false;
  const before = tokens[i - 1];
  if (!before || before.kind !== 'word' || before.upper) return false;
  const governed =
    model.articles.has(before.norm) ||
    !!model.locatives.matchAt(tokens, i - 1) ||
    (INFLECTED.test(before.norm) && !model.functionWords.has(before.norm));
  if (!governed || model.known.matchAt(tokens, i) || cityFrom(tokens, i)) return false;
  // a given or known name after it, or the inflection of a common noun ("Neffen", "Witwe");
  // a foreign name's first word has neither ("in Beverly Hills", "Wang Anshi")
  const next = tokens[i + 1]!.norm;
  if (model.given.has(next) || model.known.matchAt(tokens, i + 1)) return true;
  // a short one ("dem entlassenen Ole Petersen") is as often a given name the lexicon lacks
  const word = tokens[i]!.norm;
  return word.length >= MIN_NOUN_LENGTH && INFLECTED.test(word) && !ADJECTIVE.test(word);
}

/** Shortest governed capital read as a common noun from its inflection alone ("Neffen", "Teilen"). */
const MIN_NOUN_LENGTH = 6;

/** Whether a city of the gazetteer is named from token `i` on ("Los Angeles", "Sesto San Giovanni"). */
function cityFrom(tokens: readonly Token[], i: number): boolean {
  const cities = cityIndex();
  for (let k = Math.min(tokens.length, i + cities.maxTokens); k > i + 1; k--)
    if (cities.byName.has(normKey(tokens, i, k))) return true;
  return false;
}

/** Whether a lone capitalised word at `a` stands where a name can, in a language that capitalises nouns. */
function nameSlot(view: SentenceView, a: number, model: EntityModel): boolean {
  const prev = view.tokens[a - 1];
  if (view.initial[a] || !prev || prev.kind !== 'word') return false;
  if (model.articles.has(prev.norm)) return false;
  return prev.upper || model.functionWords.has(prev.norm) || !INFLECTED.test(prev.norm);
}

/**
 * "Kipling hart arbeiten", "doch Newton bevorzugte": where every noun is capitalised, a lone
 * capital no article governs may be a surname; it is kept (weak) only when the article names that
 * person in full elsewhere, or reads the same word as a name with evidence.
 */
function loneSlot(view: SentenceView, a: number, model: EntityModel): boolean {
  const prev = view.tokens[a - 1];
  if (!prev) return true;
  // "Qing-Dynastie": after a hyphen the word ends a compound
  if (prev.kind !== 'word') return prev.text !== '-';
  return !prev.upper && !model.articles.has(prev.norm);
}

/**
 * A city read without a cue must be big or, in its own country's language, a seat of government:
 * "Garut" in Indonesian news is the regency seat; "Marshall" in English is more often a surname.
 */
function acceptCity(city: City, single: boolean, cues: Cues, model: EntityModel): boolean {
  if (cues.locative || cues.apposedPlace) return true;
  if (cues.givenFirst) return false;
  if (!single || city.population >= BARE_CITY_POPULATION) return true;
  return city.country === model.defaultCountry && (city.seat || city.population >= MIN_POPULATION);
}
