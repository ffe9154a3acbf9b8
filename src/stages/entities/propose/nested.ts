import { PRIORITY, type Candidate } from '../candidate.js';
import { countryTarget } from '../gazetteer/countries.js';
import type { EntityModel } from '../model.js';
import type { SentenceView } from '../view.js';
import { countryAt } from './country-near.js';

function demonymAt(
  view: SentenceView,
  k: number,
  model: EntityModel,
): { start: number; end: number; code: string } | null {
  const m = view.tokens[k]?.upper ? model.demonyms.matchAt(view.tokens, k) : null;
  return m ? { start: k, end: m.end, code: m.value } : null;
}

const BODY_RULES = new Set(['body', 'body.country', 'body.known']);

/**
 * The country named inside a body's name is mentioned too: "Kementerian Luar Negeri Jerman"
 * names Germany, "Dewan Keamanan Nasional AS" the United States. Kept as nested mentions, so
 * the body stays one entity and the country gets its own.
 */
export function nestedCountries(
  kept: readonly Candidate[],
  view: SentenceView,
  model: EntityModel,
): Candidate[] {
  const out: Candidate[] = [];
  for (const c of kept) {
    if (c.target.type !== 'organization' || !c.target.country || c.end - c.start < 2) continue;
    if (!BODY_RULES.has(c.rule) && !model.governmentOrgs.has(c.target.id)) continue;
    for (let k = c.start; k < c.end; k++) {
      const country = countryAt(view.tokens, k, model) ?? demonymAt(view, k, model);
      if (!country || country.end > c.end || country.code !== c.target.country) continue;
      if (country.start === c.start && country.end === c.end) break;
      out.push({
        sentence: c.sentence,
        start: country.start,
        end: country.end,
        target: countryTarget(country.code, 'body.country.nested'),
        rule: 'body.country.nested',
        phase: 1,
        priority: PRIORITY.known,
        nested: true,
      });
      break;
    }
  }
  return out;
}
