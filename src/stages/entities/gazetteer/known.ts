import type { EntitiesLexicon } from '../../../lexicon/kinds/entities.js';
import { PhraseSet } from '../../../lexicon/phrase-set.js';
import { phraseNorms } from '../../../lexicon/tokenize.js';
import { aliasesFor, sharedEntities, sharedPlaces } from '../shared.js';
import { Case, shapeOf } from '../shape.js';
import { RANK, type Form, type Target } from '../target.js';
import { cityIndex } from './cities.js';
import { countryTargets } from './countries.js';

/** Collects forms by their folded tokens, so that one phrase holds every target written alike. */
class FormTable {
  private readonly byKey = new Map<string, { phrase: string; forms: Form[] }>();

  /**
   * `inflections`: [ending, replacement] pairs that give a name's case forms ("Chinas", "Пескова");
   * `prefixes`: [start, replacement] pairs for clitics written onto its first word ("وبيسكوف")
   */
  constructor(
    private readonly inflections: ReadonlyArray<readonly [string, string]> = [],
    private readonly prefixes: ReadonlyArray<readonly [string, string]> = [],
  ) {}

  add(phrase: string, target: Target, cued = false): void {
    this.addOne(phrase, target, cued);
    for (const [start, replacement] of this.prefixes)
      if (phrase.startsWith(start) && phrase.length > start.length + 1)
        this.addOne(replacement + phrase.slice(start.length), target, cued);
    // the case forms of the name's last word: "Dänemark" -> "Dänemarks", "Песков" -> "Пескова"
    for (const [ending, replacement] of this.inflections)
      if (phrase.length > ending.length + 2 && phrase.endsWith(ending) && /\p{L}$/u.test(phrase))
        this.addOne(phrase.slice(0, phrase.length - ending.length) + replacement, target, cued);
  }

  private addOne(phrase: string, target: Target, cued: boolean): void {
    const key = phraseNorms(phrase).join(' ');
    if (!key) return;
    const form: Form = { target, shape: shapeOf(phrase), cued, rank: RANK[target.type] };
    const e = this.byKey.get(key);
    if (!e) this.byKey.set(key, { phrase, forms: [form] });
    else if (!e.forms.some((f) => f.target.id === target.id && f.cued === cued)) e.forms.push(form);
  }

  toPhraseSet(): PhraseSet<Form[]> {
    const entries: Array<[string, Form[]]> = [];
    for (const { phrase, forms } of this.byKey.values())
      entries.push([phrase, forms.sort((a, b) => b.rank - a.rank)]);
    return new PhraseSet(entries);
  }

  /** First words of every name. */
  firstWords(): Set<string> {
    const out = new Set<string>();
    for (const key of this.byKey.keys()) out.add(key.split(' ')[0]!);
    return out;
  }

  /** First words of the names that may start in lower case ("the Hague"): the rest need a capital. */
  lowerFirst(): Set<string> {
    const out = new Set<string>();
    for (const [key, { forms }] of this.byKey)
      if (forms.some((f) => f.shape.cases[0] === Case.Any || f.shape.cases[0] === Case.Exact))
        out.add(key.split(' ')[0]!);
    return out;
  }
}

/**
 * Every name the language knows for a country, region, place, organisation or public figure,
 * as one phrase set: CLDR territory names, the lexicon's short forms and exonyms, and the
 * shared lists of organisations, people and places.
 */
export function knownNames(
  lang: string,
  lex: EntitiesLexicon,
): { names: PhraseSet<Form[]>; lowerFirst: Set<string>; firstWords: Set<string> } {
  const table = new FormTable(lex.nameInflections, lex.namePrefixes);
  const shared = sharedEntities();
  for (const p of shared.people) {
    const t: Target = {
      id: p.id,
      name: p.name,
      type: 'person',
      country: p.country,
      rule: 'gazetteer.person',
    };
    for (const a of [p.name, ...aliasesFor(p.aliases, lang)]) table.add(a, t);
  }
  for (const o of shared.organizations) {
    const t: Target = {
      id: o.id,
      name: o.name,
      type: 'organization',
      country: o.country,
      rule: 'gazetteer.org',
    };
    const cued = aliasesFor(o.cued, lang);
    // "X" and "Antara" name their organisation only after a cue, even as its canonical name
    for (const a of [o.name, ...aliasesFor(o.aliases, lang)]) if (!cued.includes(a)) table.add(a, t);
    for (const a of cued) table.add(a, { ...t, rule: 'gazetteer.org.cued' }, true);
  }
  for (const [phrase, target] of countryTargets(lang, lex)) table.add(phrase, target);
  const placeByName = new Map<string, Target>();
  for (const p of sharedPlaces().places) {
    const t: Target = {
      id: p.id,
      name: p.name,
      type: 'place',
      country: p.country,
      coordinates: p.coordinates,
      rule: 'gazetteer.place',
    };
    placeByName.set(p.name, t);
    for (const a of [p.name, ...aliasesFor(p.aliases, lang)]) table.add(a, t);
  }
  const cities = cityIndex().byName;
  const cityTarget = (english: string, rule: string): Target | null => {
    const c = cities.get(phraseNorms(english).join(' '));
    return c
      ? { id: c.id, name: c.name, type: 'place', country: c.country, coordinates: c.coordinates, rule }
      : null;
  };
  for (const [english, forms] of Object.entries(sharedPlaces().cityAliases)) {
    const t = cityTarget(english, 'gazetteer.city.alias');
    if (t) for (const f of forms) table.add(f, t);
  }
  // an exonym names a city, else a shared place by its English name ("Danube": ["Donau"])
  for (const [english, forms] of Object.entries(lex.exonyms)) {
    const place = placeByName.get(english);
    const t =
      cityTarget(english, 'gazetteer.city.exonym') ?? (place && { ...place, rule: 'gazetteer.place.exonym' });
    if (t) for (const f of forms) table.add(f, t);
  }
  return { names: table.toPhraseSet(), lowerFirst: table.lowerFirst(), firstWords: table.firstWords() };
}
