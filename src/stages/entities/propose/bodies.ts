import type { EntityBody } from '../../../lexicon/kinds/entities.js';
import { PRIORITY, type Candidate } from '../candidate.js';
import { englishName } from '../gazetteer/countries.js';
import { Starts, type EntityModel } from '../model.js';
import type { Target } from '../target.js';
import type { SentenceView } from '../view.js';
import { countryAt, countryEndingAt, type CountryRef } from './country-near.js';

/**
 * Public bodies named with their country: "Kementerian Luar Negeri Jerman",
 * "Dewan Keamanan Nasional AS", "Germany's Foreign Ministry", "the Ministry of Defence of
 * Ukraine". The id joins the body and the country ("org:foreign-ministry:DE") so every
 * language names the same organisation.
 */
export function proposeBodies(
  view: SentenceView,
  sentence: number,
  model: EntityModel,
  out: Candidate[],
): void {
  const { tokens } = view;
  for (let s = 0; s < view.starts.length; s++) {
    if (!(view.startBits[s]! & Starts.Body)) continue;
    const i = view.starts[s]!;
    const upper = tokens[i]!.upper;
    const m = model.bodies.matchAt(tokens, i);
    if (!m) continue;
    // "Russia's foreign ministry": in lower case only after its country
    if (!upper && !(model.bodyCountry.has('before') && i > 0 && countryEndingAt(tokens, i - 1, model)))
      continue;
    let start = i;
    let end = m.end;
    let country: CountryRef | null = null;
    if (model.bodyCountry.has('after')) country = countryAt(tokens, m.end, model);
    if (!country && model.bodyCountry.has('of') && model.of.has(tokens[m.end]?.norm ?? '')) {
      // "the Ministry of Defence of the Ukraine": an article may stand before the country
      const next = model.determiners.has(tokens[m.end + 1]?.norm ?? '') ? m.end + 2 : m.end + 1;
      country = countryAt(tokens, next, model);
    }
    if (country) end = country.end;
    else if (model.bodyCountry.has('before') && i > 0) {
      country = countryEndingAt(tokens, i - 1, model);
      if (country) start = country.start;
    }
    if (!country && !m.value.standalone) continue;
    const target = bodyTarget(m.value, country?.code ?? model.defaultCountry, model);
    out.push({
      sentence,
      start,
      end,
      target,
      rule: country ? 'body.country' : 'body',
      phase: 1,
      priority: PRIORITY.body,
    });
  }
}

function bodyTarget(body: EntityBody, code: string | undefined, model: EntityModel): Target {
  const known = code ? model.bodyOrgs.get(`${body.key}:${code}`) : undefined;
  if (known)
    return { id: known.id, name: known.name, type: 'organization', country: code, rule: 'body.known' };
  return {
    id: code ? `org:${body.key}:${code}` : `org:${body.key}`,
    name: code ? `${body.en} (${englishName(code)})` : body.en,
    type: 'organization',
    country: code,
    rule: 'body',
  };
}
