/**
 * A body alone after the last comma of a claim, without a verb: the source appended at the end,
 * as wire copy and captions do. Only a body or organisation, and never the last item of a list.
 *   id  "Lebih dari 3.000 tentara sudah bergerak ke perbatasan, Pentagon."
 *   en  "More than 3,000 troops have moved to the border, the Pentagon."
 */
import { contentEnd } from '../content.js';
import { ENTITY, L } from '../labels.js';
import { npRight } from '../np.js';
import { has, type TokenView } from '../view.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';

const BODY = L.BODY | L.ORG | L.GOVERNMENT;
const NAME = ENTITY | BODY | L.CAP | L.INDEF | L.MOD | L.TITLE | L.FUNCTION;

/** Whether [lo, c) reads as a clause of its own and not as a list ending before `c`. */
function isClaim(v: TokenView, lo: number, c: number): boolean {
  let words = 0;
  for (let k = lo; k < c; k++) {
    if (has(v, k, L.COMMA | L.QUOTE | L.COLON)) return false;
    if (v.toks[k]!.kind !== 'punct') words++;
  }
  // "the army, the navy, NATO": a name or a body right before the comma starts a list
  return words >= 5 && !has(v, c - 1, ENTITY | L.BODY | L.ROLE | L.CAP);
}

export const tailBody: Parser = {
  rule: 'indirect.tail-body',
  scope: 'sentence',
  parse(v: TokenView, lo, to) {
    const end = contentEnd(v, lo, to);
    let c = end - 1;
    while (c > lo && !has(v, c, L.COMMA)) c--;
    if (c <= lo || end - c > 6 || !isClaim(v, lo, c)) return null;
    const np = npRight(v, c + 1, end);
    if (!np || np.last + 1 !== end || !has(v, np.last, BODY) || has(v, np.last, L.PERSON)) return null;
    // every word a part of the name: "termasuk TNI", "including the army" end a list instead
    for (let k = np.first; k <= np.last; k++)
      if (v.cueAt[k] || has(v, k, L.CONJ | L.PRONOUN) || !has(v, k, NAME)) return null;
    const draft = reported(v, {
      speakers: [slot(v, [np])],
      cue: null,
      content: { first: lo, end: c },
      attribution: { first: c + 1, end: to },
      rule: 'indirect.tail-body',
      speakerRule: 'speaker.tail-body',
    });
    return draft ? { draft, stop: to } : null;
  },
};
