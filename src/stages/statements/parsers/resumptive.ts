/**
 * A sentence that opens with an object pronoun and a cue reports the sentence before it; the
 * speaker follows the cue, as wire copy closes a lead paragraph.
 *   it  "Due persone risultano disperse. Lo ha reso noto la Regione Toscana."
 *   es  "La investigación sigue abierta. Así lo confirmó la Fiscalía."
 */
import { cueOf } from '../draft.js';
import { L } from '../labels.js';
import { speakerAfter } from '../speaker.js';
import { has } from '../view.js';
import { onlyAdjunctsTo } from './adjuncts.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';

export const resumptive: Parser = {
  rule: 'indirect.resumptive',
  scope: 'sentence',
  needs: ['resumptives'],
  parse(v, lo, to, used) {
    const s = v.sent[lo]!;
    if (s === 0 || lo !== v.sentStart[s]) return null;
    const r = v.sl.resumptives.matchAt(v.toks, lo);
    const m = r ? v.cueAt[r.end] : undefined;
    if (!r || !m || m.end >= to) return null;
    const from = v.sentStart[s - 1]!;
    // the sentence before must be in the same paragraph and say nothing attributed already
    if (v.doc.sentences[s - 1]!.paragraph !== v.doc.sentences[s]!.paragraph) return null;
    for (let k = from; k < lo; k++) if (used[k]) return null;
    const groups = speakerAfter(v, m.end, to);
    if (!groups) return null;
    const after = groups[groups.length - 1]!.last + 1;
    // "…, che ha chiesto lo stato di emergenza", "…, precisando che …": a comma closes the
    // speaker; what follows it is read on its own
    if (!onlyAdjunctsTo(v, after, to) && !has(v, after, L.COMMA)) return null;
    const draft = reported(v, {
      speakers: [slot(v, groups)],
      cue: cueOf(m),
      // the previous sentence without its full stop
      content: { first: from, end: v.toks[lo - 1]!.kind === 'punct' ? lo - 1 : lo },
      attribution: { first: lo, end: after },
      rule: 'indirect.resumptive',
      speakerRule: 'speaker.after-cue',
    });
    return draft ? { draft, stop: after } : null;
  },
};
