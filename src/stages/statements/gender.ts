import type { Speaker } from '../../domain/statement.js';
import { fold } from '../../lexicon/fold.js';
import { L } from './labels.js';
import { resolveTables, type ResolveTables } from './resolve-tables.js';
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
  const named = nameGender(tb, sp.name);
  if (named) return named;
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

// a name's answer, kept per table: the same speaker is asked about at every mention
const byName = new WeakMap<ResolveTables, Map<string, Gender | null>>();
const BY_NAME_MAX = 10_000;

/** The gender of the first word of `name` that the given-name lists know: "Dewi Anggraini" f. */
function nameGender(tb: ResolveTables, name: string): Gender | null {
  let memo = byName.get(tb);
  if (!memo) byName.set(tb, (memo = new Map()));
  let g = memo.get(name);
  if (g !== undefined) return g;
  g = null;
  for (const w of name.split(/\s+/)) {
    const f = fold(w.replace(/[.,]$/, ''));
    if (tb.femaleNames.has(f)) g = 'f';
    else if (tb.maleNames.has(f)) g = 'm';
    else continue;
    break;
  }
  if (memo.size >= BY_NAME_MAX) memo.clear();
  memo.set(name, g);
  return g;
}
