/**
 * A participle that reports again for the speaker of the clause it hangs from takes that
 * clause's stance when its own words assert plainly: the refusal or denial frames both.
 *   en  "He declined to say whether rates would rise again, telling reporters the committee
 *        would look at the data meeting by meeting."  (hedge, as the refusal)
 *   en  "She denied that the count was rigged, telling the BBC that monitors saw every sheet." (deny)
 */
import type { Refiner } from './types.js';

// stance rules a framing clause passes on: its cue refuses or denies, not words of its content
const FRAMING = [
  'stance.cue-deny',
  'stance.cue-refusal',
  'stance.refused-speech',
  'stance.refusal:',
  'stance.negated-speech',
];
const frames = (rule: string) => FRAMING.some((r) => rule === r || (r.endsWith(':') && rule.startsWith(r)));

export const participleStance: Refiner = {
  id: 'participle-stance',
  refine(v, candidates) {
    for (const c of candidates) {
      const d = c.draft;
      if (d.rule.split(' ')[0] !== 'indirect.participle' || c.stance?.stance !== 'assert' || !d.cue) continue;
      const sent = v.sent[d.cue.first];
      // the clause it hangs from: the statement of the same sentence ending right before it
      let frame: (typeof candidates)[number] | null = null;
      for (const o of candidates) {
        if (o === c || !o.draft.cue || v.sent[o.draft.cue.first] !== sent) continue;
        if (o.draft.contentSpan.end > v.toks[d.cue.first]!.start) continue;
        if (!frame || o.draft.contentSpan.end > frame.draft.contentSpan.end) frame = o;
      }
      const framing = frame?.stance;
      if (!framing || !frames(framing.rule)) continue;
      c.stance = { ...framing, rule: `${framing.rule} stance.participle-frame` };
    }
    return candidates;
  },
};
