import type { EntitiesLexicon } from '../../../lexicon/kinds/entities.js';
import { fold } from '../../../lexicon/fold.js';
import { sharedCountries } from '../shared.js';
import { slug } from '../slug.js';
import type { Target } from '../target.js';
import { cityIndex } from './cities.js';
import { territoryNames } from './cldr.js';

const isCountryCode = (code: string): boolean => /^[A-Z]{2}$/.test(code);
// "001" is the world, never a place a statement is about
const WORLD = '001';

const englishNames = new Map<string, string>();

/** Canonical English name of a country or UN region code: "KP" -> "North Korea". */
export function englishName(code: string): string {
  if (englishNames.size === 0) {
    const overrides = sharedCountries().names;
    for (const t of territoryNames('en'))
      if (t.primary && !englishNames.has(t.code)) englishNames.set(t.code, t.name);
    for (const [code, name] of Object.entries(overrides)) englishNames.set(code, name);
  }
  return englishNames.get(code) ?? code;
}

export function countryTarget(code: string, rule: string): Target {
  return {
    id: `country:${code}`,
    name: englishName(code),
    type: 'country',
    country: code,
    coordinates: cityIndex().centres.get(code),
    rule,
  };
}

/**
 * Names of countries and world regions in `lang`: CLDR's ("Korea Utara", "Eropa") and the
 * lexicon's short forms ("Korut", "AS"). A lexicon form wins over a CLDR region written alike
 * (Indonesian "Amerika" is the United States, not the Americas).
 */
export function countryTargets(lang: string, lex: EntitiesLexicon): Array<[string, Target]> {
  const notCountries = new Set(sharedCountries().notCountries);
  const excluded = new Set(lex.countryExclusions.map(fold));
  const out: Array<[string, Target]> = [];
  const taken = new Set<string>();
  for (const [code, forms] of Object.entries(lex.countries)) {
    const t = countryTarget(code, 'gazetteer.country');
    for (const f of forms) {
      out.push([f, t]);
      taken.add(fold(f));
    }
  }
  for (const { code, name } of territoryNames(lang)) {
    if (notCountries.has(code) || code === WORLD || excluded.has(fold(name)) || taken.has(fold(name)))
      continue;
    if (!/^\p{Lu}/u.test(name)) continue;
    if (isCountryCode(code)) out.push([name, countryTarget(code, 'gazetteer.country.cldr')]);
    else if (/^\d{3}$/.test(code)) {
      const en = englishName(code);
      out.push([name, { id: `place:${slug(en)}`, name: en, type: 'place', rule: 'gazetteer.region.cldr' }]);
    }
  }
  return out;
}
