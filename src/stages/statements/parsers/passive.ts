/**
 * A passive cue with its agent closing the sentence: the agent is the speaker.
 *   id  "Bantahan serupa disampaikan Kremlin." / "… disampaikan oleh juru bicara Kremlin."
 *   en  "A similar denial was issued by the Kremlin."
 */
import { speakerAfter } from '../speaker.js';
import { onlyAdjunctsTo } from './adjuncts.js';
import { reported, SAY, slot } from './clause.js';
import type { Parser } from './types.js';

export const passive: Parser = {
  rule: 'indirect.passive',
  scope: 'token',
  needs: ['passives'],
  parse({ v, i, lo, to }) {
    const m = v.sl.passives.matchAt(v.toks, i);
    if (!m || i <= lo + 1) return null;
    let k = m.end;
    if (v.sl.passiveAgents.has(v.toks[k]?.norm ?? '')) k++;
    const groups = speakerAfter(v, k, to);
    if (!groups || !onlyAdjunctsTo(v, groups[groups.length - 1]!.last + 1, to)) return null;
    return reported(v, {
      speakers: [slot(v, groups)],
      cue: { first: m.start, end: m.end, info: SAY },
      content: { first: lo, end: i },
      attribution: { first: i, end: to },
      rule: 'indirect.passive',
      speakerRule: 'speaker.agent',
    });
  },
};
