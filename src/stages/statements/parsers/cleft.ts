/**
 * A cleft that opens a sentence names the speaker of the sentence before it: a preposition, a
 * cue carrying an object clitic, a copula, then the speaker.
 *   it  "Due strade restano chiuse. A confermarlo è stato il sindaco Paolo Verdi."
 *   it  "Il cantiere riaprirà a marzo. A renderlo noto sono stati i tecnici del Comune."
 * The words are data (reporting.cleftOpeners, reporting.cleftCopulas, the clitic cue forms).
 */
import { speakerAfter } from '../speaker.js';
import { reportBefore, sentenceBefore } from './quote-before.js';
import type { Parser } from './types.js';

export const cleft: Parser = {
  rule: 'indirect.cleft',
  scope: 'sentence',
  parse(v, lo, to, used, earlier) {
    const o = v.sl.cleftOpeners.matchAt(v.toks, lo);
    const m = o ? v.cueAt[o.end] : undefined;
    const c = m ? v.sl.cleftCopulas.matchAt(v.toks, m.end) : null;
    if (!m || !c || c.end >= to) return null;
    // «Siamo pronti». A dirlo è stata …: a lone quotation before is attributed as well
    const before = sentenceBefore(v, lo, used, earlier);
    const groups = before && speakerAfter(v, c.end, to);
    if (!before || !groups) return null;
    return reportBefore(v, before, lo, to, used, m, groups, 'speaker.after-cue', 'cleft');
  },
};
