/**
 * A source named before a postposition that means "according to", opening the sentence.
 *   de  "Dem Wetterdienst zufolge ist der Höhepunkt überschritten."
 */
import { contentEnd } from '../content.js';
import { ENTITY, L } from '../labels.js';
import { npRight } from '../np.js';
import { has, type TokenView } from '../view.js';
import { reported, SAY, slot } from './clause.js';
import type { Parser } from './types.js';

const SOURCE = ENTITY | L.ROLE | L.BODY | L.UNNAMED | L.GOVERNMENT;

/** Two capitalised words or more: a name ("Deutschen Wetterdienst"), not a common noun. */
function named(v: TokenView, first: number, last: number): boolean {
  let caps = 0;
  for (let k = first; k <= last; k++) if (has(v, k, L.CAP)) caps++;
  return caps >= 2;
}

export const accordingAfter: Parser = {
  rule: 'indirect.according-after',
  scope: 'sentence',
  parse(v: TokenView, lo, to, used) {
    if (v.sl.accordingAfter.size === 0) return null;
    for (let k = lo + 1; k < Math.min(to - 1, lo + 9); k++) {
      if (used[k] || !v.sl.accordingAfter.has(v.toks[k]!.norm)) continue;
      const np = npRight(v, lo, k);
      // "Den Angaben zufolge": no one named, no source to give (a capital alone names no one
      // where every noun is capitalised)
      if (!np || np.last !== k - 1 || !(has(v, np.last, SOURCE) || named(v, np.first, np.last))) return null;
      const draft = reported(v, {
        speakers: [slot(v, [np])],
        cue: { first: k, end: k + 1, info: SAY },
        content: { first: k + 1, end: contentEnd(v, k + 1, to) },
        attribution: { first: lo, end: k + 1 },
        rule: 'indirect.according-after',
        speakerRule: 'speaker.before-cue',
      });
      return draft ? { draft, stop: to } : null;
    }
    return null;
  },
};
