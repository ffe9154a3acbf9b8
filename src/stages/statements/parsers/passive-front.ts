/**
 * A passive cue opening the sentence, its agent after it or in a clitic, a comma, then what was
 * said: the agent speaks; the clitic points back to the last speaker.
 *   id  "Ditambahkannya, sebanyak 47 jiwa telah mengungsi." / "Dijelaskan Rahmat, pencarian …"
 */
import { fold } from '../../../lexicon/fold.js';
import { contentEnd } from '../content.js';
import { L } from '../labels.js';
import { speakerAfter } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { reported, SAY, slot } from './clause.js';
import type { Parser } from './types.js';

// what a clause needs after the comma to be a statement, so "Dijelaskan, ya." is none
const MIN_WORDS = 3;
// how many connectives and commas may open the sentence before the cue
const LEAD = 4;

/** The passive cue that `norm` is with a clitic glued on ("ditambahkannya"), or null. */
function passiveWithClitic(v: TokenView, norm: string): string | null {
  for (const c of v.sl.data.reporting.clitics) {
    const stem = norm.endsWith(c) ? norm.slice(0, -c.length) : '';
    if (stem && v.sl.passives.has(fold(stem))) return stem;
  }
  return null;
}

export const passiveFront: Parser = {
  rule: 'indirect.passive-front',
  scope: 'token',
  parse({ v, i, lo, to }) {
    // cheap tests first: most tokens are too far into their clause, or no passive cue at all
    // the cue opens the clause: only connectives and commas before it ("Selain itu, dijelaskan …")
    if (i - lo > LEAD) return null;
    for (let k = lo; k < i; k++) if (!has(v, k, L.CONNECTIVE | L.COMMA)) return null;
    const m = v.sl.passives.matchAt(v.toks, i);
    const clitic = !m && passiveWithClitic(v, v.toks[i]!.norm);
    if (!m && !clitic) return null;
    let speakers;
    let comma: number;
    let speakerRule: string;
    if (!m) {
      speakers = [{ groups: null, implied: i }];
      comma = i + 1;
      speakerRule = 'speaker.clitic-previous';
    } else {
      let k = m.end;
      if (v.sl.passiveAgents.has(v.toks[k]?.norm ?? '')) k++;
      const groups = speakerAfter(v, k, to);
      if (!groups) return null;
      speakers = [slot(v, groups)];
      comma = groups[groups.length - 1]!.last + 1;
      speakerRule = 'speaker.agent';
    }
    if (!has(v, comma, L.COMMA)) return null;
    const start = comma + 1;
    let words = 0;
    for (let k = start; k < to; k++) if (v.toks[k]!.kind === 'word') words++;
    if (words < MIN_WORDS) return null;
    return reported(v, {
      speakers,
      cue: { first: i, end: i + 1, info: SAY },
      content: { first: start, end: contentEnd(v, start, to) },
      attribution: { first: lo, end: start },
      rule: 'indirect.passive-front',
      speakerRule,
    });
  },
};
