import type { Speaker } from '../../domain/statement.js';
import { fold } from '../../lexicon/fold.js';
import { L } from './labels.js';
import { resolveTables } from './resolve-tables.js';
import { lowerBound, type TokenView } from './view.js';

export type Gender = 'm' | 'f';

/** What a pronoun asks of its antecedent: "she" a woman, "they" several speakers or a body. */
export interface Want {
  gender: Gender | null;
  plural: boolean;
  /** "it": a body, never a person */
  body: boolean;
}

export const NO_WANT: Want = { gender: null, plural: false, body: false };

/** The demands of the pronoun at token `i` ("he", "she", "mereka"); none for a clitic or "ia". */
export function wantOf(v: TokenView, i: number): Want {
  const t = v.toks[i];
  if (!t || !(v.flags[i]! & L.PRONOUN)) return NO_WANT;
  const tb = resolveTables(v.sl);
  const w = t.norm;
  return {
    gender: tb.masculine.has(w) ? 'm' : tb.feminine.has(w) ? 'f' : null,
    plural: tb.plural.has(w),
    body: tb.neuter.has(w),
  };
}

/**
 * A speaker's gender where the lexicon knows it: the given name ("Dewi Anggraini" f), else a
 * gendered word beside the name ("Mr", "Ibu", "spokeswoman"). Possessives such as "her" in
 * "her spokesman, Tom Reed" are skipped: they speak of someone else.
 */
export function genderOf(v: TokenView, sp: Speaker): Gender | null {
  if (sp.kind !== 'person') return null;
  const tb = resolveTables(v.sl);
  for (const w of sp.name.split(/\s+/)) {
    const f = fold(w.replace(/[.,]$/, ''));
    if (tb.femaleNames.has(f)) return 'f';
    if (tb.maleNames.has(f)) return 'm';
  }
  if (!sp.span) return null;
  for (
    let i = lowerBound(v.starts, sp.span.start);
    i < v.toks.length && v.toks[i]!.start < sp.span.end;
    i++
  ) {
    if (v.flags[i]! & (L.INDEF | L.PRONOUN)) continue;
    const w = v.toks[i]!.norm.replace(/\.$/, '');
    if (tb.feminine.has(w)) return 'f';
    if (tb.masculine.has(w)) return 'm';
  }
  return null;
}
