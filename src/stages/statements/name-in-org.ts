import { resolveTables } from './resolve-tables.js';
import type { NP } from './np.js';
import type { TokenView } from './view.js';

/**
 * A person's name that the entity stage ran into the organisation before it, read back out:
 * "Guru Besar Fakultas Ekonomi Universitas Lambung Mangkurat Muhammad Handry Imansyah" was
 * taken for one organisation ending in "… Mangkurat Muhammad Handry Imansyah". The name starts
 * at a given name inside the organisation (never its first word) and runs, two words at least,
 * capitalised, to the organisation's end.
 */
export function nameRunIntoOrg(v: TokenView, g: NP): NP | null {
  const given = resolveTables(v.sl).givenNames;
  for (let i = g.first; i <= g.last; i++) {
    const e = v.entity[i];
    if (!e || e.type !== 'organization') continue;
    const first = v.mentionFirst[i]!;
    const last = Math.min(v.mentionLast[i]!, g.last);
    for (let k = Math.max(first + 1, i); k < last; k++) {
      if (!given.has(v.toks[k]!.norm) || !v.toks[k]!.upper) continue;
      let capitalised = true;
      for (let j = k; j <= last && capitalised; j++)
        capitalised = v.toks[j]!.kind === 'word' && v.toks[j]!.upper;
      if (capitalised) return { first: k, last };
    }
    i = last;
  }
  return null;
}
