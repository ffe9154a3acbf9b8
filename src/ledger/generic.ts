import { weightOf } from './concepts.js';

/**
 * Keys of a statement that the cores of most claims it meets hold: in a ledger of dengue in
 * Dhaka, "country:BD" and "t:disease" are in every claim the statement is weighed against, so
 * sharing them says little about which claim it belongs to; "u:cases" or "d:declare" does. An
 * idf over the claims found for the statement: a key in at least MIN_CLAIMS candidates' cores
 * and in at least half of them is generic. Fewer candidates than that tell nothing.
 */
export function genericKeys(keys: readonly string[], cores: ReadonlyArray<ReadonlySet<string>>): Set<string> {
  const out = new Set<string>();
  if (cores.length < MIN_CLAIMS) return out;
  for (const k of keys) {
    let n = 0;
    for (const c of cores) if (c.has(k)) n++;
    if (n >= MIN_CLAIMS && n >= SHARE * cores.length) out.add(k);
  }
  return out;
}
const MIN_CLAIMS = 3;
const SHARE = 0.5;

/** A generic key counts this much of its weight (see genericKeys). */
export const GENERIC_WEIGHT = 0.3;

/** The weight of keys, generic ones discounted. */
export const discountedWeight = (ks: Iterable<string>, generic: ReadonlySet<string>): number => {
  let w = 0;
  for (const k of ks) w += weightOf(k) * (generic.has(k) ? GENERIC_WEIGHT : 1);
  return w;
};
