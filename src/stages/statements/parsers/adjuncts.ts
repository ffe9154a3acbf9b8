import { contentEnd } from '../content.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';

// what may stand in an adjunct after a tail attribution: dates, names, roles, modifiers
const ADJUNCT =
  L.DATE |
  L.COMMA |
  L.CAP |
  L.PLACE |
  L.COUNTRY |
  L.ORG |
  L.PERSON |
  L.ADVERB |
  L.INDEF |
  L.ROLE |
  L.UNNAMED |
  L.BODY |
  L.MOD;

/**
 * Only adjuncts ("di Jakarta", "pada Senin", "on Wednesday", "kepada wartawan") between `from`
 * and the sentence's end: what may follow a tail attribution such as ", kata X".
 */
export function onlyAdjunctsTo(v: TokenView, from: number, to: number): boolean {
  const end = contentEnd(v, from, to);
  let inPhrase = false;
  let plain = 0;
  // "told reporters in Jakarta": the hearer of "told" comes first
  if (v.sl.hearerVerbs.has(v.toks[from - 1]?.norm ?? ''))
    for (let n = 0; from < end && n < 3 && !has(v, from, L.COMMA | L.PREP | L.DATE); n++) from++;
  for (let k = from; k < end; k++) {
    const f = v.flags[k]!;
    if (f & (L.QUOTE | L.COMPLEMENTIZER) || v.cueAt[k]) return false;
    // "…, a ajouté le directeur de la Marine": a name connector ("de", "of") opens a phrase too
    if (f & (L.PREP | L.CONNECTOR) || v.sl.hearerPreps.has(v.toks[k]!.norm)) {
      inPhrase = true;
      plain = 0;
      continue;
    }
    if (f & ADJUNCT) continue;
    if (v.toks[k]!.kind !== 'word') continue;
    if (!inPhrase || ++plain > 4) return false;
  }
  return true;
}

/** ", the company's head of operations." closing the sentence after a name: an apposition. */
export function appositionToEnd(v: TokenView, from: number, to: number): boolean {
  if (!has(v, from, L.COMMA)) return false;
  const end = contentEnd(v, from + 1, to);
  if (end - from > 10 || !has(v, from + 1, L.INDEF | L.ROLE | L.CAP | L.UNNAMED)) return false;
  for (let k = from + 1; k < end; k++)
    if (v.cueAt[k] || has(v, k, L.COMPLEMENTIZER | L.QUOTE | L.COMMA)) return false;
  return true;
}
