/**
 * The charge of an accusing cue that names its object first: the content starts after the
 * object and the charge preposition (grammar.chargePrepositions).
 *   en  "accused the union of breaking the talks"
 *   es  "acusó este miércoles al Gobierno de haber dejado a Taltal sin agua"
 *   fr  "accusent l'entreprise d'avoir utilisé des matériaux de mauvaise qualité"
 */
import type { CueInfo } from '../compile.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';

/** cue classes whose object is the accused: "accuse", and "claim" where "accused" is filed */
const ACCUSING = new Set<CueInfo['class']>(['accuse', 'claim']);

const STOP = L.QUOTE | L.COMMA | L.COLON | L.COMPLEMENTIZER | L.NEG;

/**
 * Index where the charge starts after a cue ending at `k`, or null when no object and charge
 * preposition follow within a few words. A capitalised word after the preposition continues a
 * name ("al Ayuntamiento de Madrid de …"), so the scan goes on past it.
 */
export function chargeStart(v: TokenView, info: CueInfo, k: number, to: number): number | null {
  if (!ACCUSING.has(info.class) || v.sl.chargePreps.size === 0) return null;
  let object = 0;
  for (let p = k; p < Math.min(to - 1, k + 10); p++) {
    const t = v.toks[p]!;
    // "acusou nesta quarta-feira (12) o governo": a date's day in brackets
    if (t.kind === 'number' || t.text === '(' || t.text === ')') continue;
    if (t.kind !== 'word' || has(v, p, STOP) || v.cueAt[p]) return null;
    if (object > 0 && v.sl.chargePreps.has(t.norm)) {
      const next = v.toks[p + 1]!;
      if (has(v, p + 1, L.QUOTE) || (next.kind === 'word' && !next.upper)) return p + 1;
    }
    if (!has(v, p, L.DATE | L.ADVERB) && !v.sl.hearerPreps.has(t.norm)) object++;
  }
  return null;
}
