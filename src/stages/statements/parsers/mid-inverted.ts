/**
 * A short cue and its speaker set off by commas inside the reported clause: the clause around
 * them is what the speaker said.
 *   it  "Al momento, riferiscono fonti investigative, non si esclude alcuna ipotesi."
 *   (tried after the parenthetical reading, which takes "La obra, explicó X, estará lista …")
 */
import { contentEnd } from '../content.js';
import { cueOf } from '../draft.js';
import { L } from '../labels.js';
import { speakerAfter } from '../speaker.js';
import { has } from '../view.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';

// words the clause needs after the second comma, so a list ("…, said X, Y and Z.") is none
const MIN_WORDS = 3;

export const midInverted: Parser = {
  rule: 'indirect.mid-inverted',
  scope: 'token',
  parse({ v, i, lo, to }) {
    const m = v.cueAt[i];
    if (!m || !m.value.short || m.end >= to || !has(v, i - 1, L.COMMA) || i - 1 <= lo) return null;
    for (let k = lo; k < i - 1; k++) if (has(v, k, L.QUOTE) || v.cueAt[k]) return null;
    const groups = speakerAfter(v, m.end, to);
    if (!groups) return null;
    const comma = groups[groups.length - 1]!.last + 1;
    // "…, ha detto X, aggiungendo che …": a participle after the speaker is read on its own
    if (!has(v, comma, L.COMMA) || v.cueAt[comma + 1]) return null;
    const end = contentEnd(v, lo, to);
    let words = 0;
    for (let k = comma + 1; k < end; k++) {
      if (has(v, k, L.QUOTE)) return null;
      if (v.toks[k]!.kind === 'word') words++;
    }
    if (words < MIN_WORDS) return null;
    return reported(v, {
      speakers: [slot(v, groups)],
      cue: cueOf(m),
      content: { first: lo, end },
      attribution: { first: i, end: comma + 1 },
      rule: 'indirect.mid-inverted',
      speakerRule: 'speaker.after-cue',
    });
  },
};
