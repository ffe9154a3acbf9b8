import type { EntityType } from '../../../domain/entity.js';
import type { EntityKeyword } from '../../../lexicon/kinds/entities.js';
import type { PhraseSet } from '../../../lexicon/phrase-set.js';
import { PRIORITY, type Candidate } from '../candidate.js';
import { cityIndex } from '../gazetteer/cities.js';
import { Starts, type EntityModel } from '../model.js';
import { fits } from '../shape.js';
import { fold } from '../../../lexicon/fold.js';
import { slug } from '../slug.js';
import { normKey, surface } from '../span-text.js';
import type { Target } from '../target.js';
import type { SentenceView } from '../view.js';
import { isCapitalWord, runEnd, runStart } from './runs.js';

type Keywords = PhraseSet<EntityKeyword>;

/**
 * Places and organisations named by a keyword and capitals: "Kabupaten Pati", "desa Kramas",
 * "Universitas Semarang", "Ohio River", "University of Edinburgh", "Mount Kenya".
 */
export function proposeKeywords(
  view: SentenceView,
  sentence: number,
  model: EntityModel,
  out: Candidate[],
): void {
  const sets = model.keywordSets;
  // a headline capitalises every word: what follows a keyword there is no name
  if (view.titleCase) return;
  for (let s = 0; s < view.starts.length; s++) {
    if (!(view.startBits[s]! & Starts.Keyword)) continue;
    const i = view.starts[s]!;
    for (const [before, after, type] of sets) {
      const c = keywordBefore(view, i, before, type, model) ?? keywordAfter(view, i, after, type, model);
      if (c) out.push({ sentence, ...c, phase: 1, priority: PRIORITY.keyword });
    }
  }
}

type Found = Pick<Candidate, 'start' | 'end' | 'target' | 'rule'>;

/**
 * The keyword at token `i`, capitalised unless the keyword may stand in lower case, and not the
 * end of a title ("Wali Kota Surabaya", "Duta Besar").
 */
function keywordAt(view: SentenceView, i: number, set: Keywords, model: EntityModel) {
  const { tokens } = view;
  const m = set.matchAt(tokens, i);
  if (!m || (!tokens[i]!.upper && !m.value.lowercase)) return null;
  const title = model.titles.matchEndingAt(tokens, m.end - 1);
  return title && title.start < i ? null : m;
}

function keywordBefore(
  view: SentenceView,
  i: number,
  set: Keywords,
  type: EntityType,
  model: EntityModel,
): Found | null {
  const { tokens } = view;
  const m = keywordAt(view, i, set, model);
  if (!m) return null;
  // "Badan Pusat Statistik Amalia Putri": a known name from the keyword on ends the name there
  const known = model.known.matchAt(tokens, i);
  if (known && known.end > m.end) return null;
  const conjunctions = type === 'organization' ? model.conjunctions : undefined;
  const nameEnd = cutName(view, m.end, runEnd(tokens, m.end, 6, model, true, conjunctions), m.value, model);
  if (nameEnd === m.end || !namePart(view, m.end, nameEnd, model, type)) return null;
  return {
    start: i,
    end: nameEnd,
    target: target(view, i, nameEnd, m.end, nameEnd, m.value, type, model),
    rule: `keyword.${type}`,
  };
}

/**
 * A keyword's name holds a word that can name something: not "Sebelah Selatan", "Pulau Yang".
 * Organisations are often named with common words ("Partai Buruh"), places rarely.
 */
function namePart(
  view: SentenceView,
  from: number,
  to: number,
  model: EntityModel,
  type: EntityType,
): boolean {
  const { tokens } = view;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'number') return true;
    if (t.kind !== 'word' || !t.upper || model.functionWords.has(t.norm)) continue;
    if (type === 'organization' || !model.notNames.has(t.norm)) return true;
  }
  const known = model.known.matchAt(tokens, from);
  return !!known && known.end === to;
}

/**
 * Where the name after a keyword ends: before the next keyword or title ("Kabupaten Pati
 * Provinsi Jawa Tengah"), and after a known place for a transparent keyword
 * ("Kota Surabaya Eri Cahyadi" is Kota Surabaya).
 */
function cutName(
  view: SentenceView,
  from: number,
  to: number,
  kw: EntityKeyword,
  model: EntityModel,
): number {
  const { tokens } = view;
  // "Kepala Badan Riset Daerah Rina Marlina mengatakan": the subject of a person's verb, named
  // from a known given name on, is the head of the body, not part of its name
  const person = model.personVerbs.matchAt(tokens, to) ? to : -1;
  for (let k = from + 1; k < to; k++) {
    if (
      model.placeBefore.matchAt(tokens, k) ||
      model.orgBefore.matchAt(tokens, k) ||
      model.titles.matchAt(tokens, k) ||
      (person > k + 1 && model.given.has(tokens[k]!.norm) && !model.known.matchAt(tokens, k))
    )
      return k;
  }
  if (!kw.transparent) return to;
  const known = model.known.matchAt(tokens, from);
  if (known && known.end <= to) return known.end;
  const cities = cityIndex();
  for (let k = Math.min(to, from + cities.maxTokens); k > from; k--)
    if (cities.byName.has(normKey(tokens, from, k))) return k;
  return to;
}

function keywordAfter(
  view: SentenceView,
  i: number,
  set: Keywords,
  type: EntityType,
  model: EntityModel,
): Found | null {
  const { tokens } = view;
  const m = keywordAt(view, i, set, model);
  if (!m) return null;
  // "Korea Utara": the keyword ends a name the lexicon knows
  const known = model.known.matchEndingAt(tokens, m.end - 1);
  if (known && known.start < i) return null;
  let start = runStart(tokens, i - 1, 5, model);
  // "Dilansir Kabar Timur": a word of the language opening the sentence is not part of the name
  while (start < i && (model.functionWords.has(tokens[start]!.norm) || opensHere(view, start, model)))
    start++;
  // "dilansir Kabar Timur", "the newspaper Harbour Daily": an outlet's name, not a place
  if (start < i && model.outletCues.matchEndingAt(tokens, start - 1)) return null;
  let end = m.end;
  // "University of Edinburgh", "Gulf of Mexico"
  if (model.of.has(tokens[end]?.norm ?? '') && isCapitalWord(tokens[end + 1]))
    end = runEnd(tokens, end + 1, 5, model);
  if (start === i && end === m.end) return null;
  // "the Cisanggarung river": a lower-case keyword needs a name before it, one the lexicon does
  // not know already ("an East Java village" is a village in East Java)
  if (!tokens[i]!.upper && (start === i || model.known.matchAt(tokens, start)?.end === i)) return null;
  if (start < i && !namePart(view, start, i, model, type)) return null;
  const t = target(view, start, end, start, i, m.value, type, model);
  // "the Cisanggarung river" is named "Cisanggarung River"
  if (!tokens[i]!.upper && t.name === surface(tokens, start, end)) {
    const name = `${surface(tokens, start, i)} ${m.value.forms.find((f) => fold(f) === tokens[i]!.norm) ?? tokens[i]!.text}`;
    return { start, end: m.end, target: { ...t, id: `place:${slug(name)}`, name }, rule: `keyword.${type}` };
  }
  return { start, end, target: t, rule: `keyword.${type}` };
}

const opensHere = (view: SentenceView, k: number, model: EntityModel): boolean =>
  (!!view.initial[k] || view.headline) && model.openers.has(view.tokens[k]!.norm);

function target(
  view: SentenceView,
  start: number,
  end: number,
  nameStart: number,
  nameEnd: number,
  kw: EntityKeyword,
  type: EntityType,
  model: EntityModel,
): Target {
  const { tokens } = view;
  const rule = `keyword.${type}`;
  if (kw.transparent && nameEnd > nameStart) {
    const known = model.known.matchAt(tokens, nameStart);
    const f =
      known?.end === nameEnd
        ? known.value.find((v) => v.target.type === type && fits(v.shape, tokens, nameStart))
        : null;
    if (f) return f.target;
    const city = type === 'place' ? cityIndex().byName.get(normKey(tokens, nameStart, nameEnd)) : null;
    if (city)
      return {
        id: city.id,
        name: city.name,
        type,
        country: city.country,
        coordinates: city.coordinates,
        rule,
      };
  }
  const written = surface(tokens, start, end);
  const name =
    type === 'place' && kw.en && !model.canonicalNames
      ? english(surface(tokens, nameStart, nameEnd), kw.en, kw)
      : written;
  return { id: `${type === 'place' ? 'place' : 'org'}:${slug(name)}`, name, type, rule };
}

/** "Pulau Sebesi" -> "Sebesi Island", "Gunung Muria" -> "Mount Muria". */
const english = (name: string, en: string, kw: EntityKeyword): string =>
  kw.enPosition === 'before' ? `${en} ${name}` : `${name} ${en}`;
