import { resolveTables } from './resolve-tables.js';
import type { NP } from './np.js';
import { L } from './labels.js';
import { has, type TokenView } from './view.js';

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

const ACRONYM = /^\p{Lu}{2,}$/u;
const capitalised = (v: TokenView, k: number) =>
  v.toks[k]!.kind === 'word' && v.toks[k]!.upper && !ACRONYM.test(v.toks[k]!.text);

/**
 * A person's name that the entity stage ran into the body a role before it governs, read back
 * out: after "голова" the mention "Полтавської ОВА Володимир Когут" holds the body ("of the
 * Poltava regional administration", ending in its acronym) and then the name. The name is the
 * two capitalised words after the mention's last acronym; the body stays in the role.
 */
export function nameAfterRoleBody(v: TokenView, p: NP): NP | null {
  if (p.last - p.first < 3 || !has(v, p.first - 1, L.ROLE)) return null;
  const a = p.last - 2;
  if (!ACRONYM.test(v.toks[a]!.text) || !capitalised(v, a + 1) || !capitalised(v, a + 2)) return null;
  return { first: a + 1, last: p.last };
}
