/**
 * A cleft that opens a sentence names the speaker of the sentence before it: a preposition, a
 * cue carrying an object clitic, a copula, then the speaker.
 *   it  "Due strade restano chiuse. A confermarlo è stato il sindaco Paolo Verdi."
 *   it  "Il cantiere riaprirà a marzo. A renderlo noto sono stati i tecnici del Comune."
 * The words are data (reporting.cleftOpeners, reporting.cleftCopulas, the clitic cue forms).
 */
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import { speakerAfter } from '../speaker.js';
import { has } from '../view.js';
import { onlyAdjunctsTo } from './adjuncts.js';
import { reported, slot } from './clause.js';
import { attributeQuote, quoteBefore } from './quote-before.js';
import type { Parser } from './types.js';

export const cleft: Parser = {
  rule: 'indirect.cleft',
  scope: 'sentence',
  parse(v, lo, to, used, earlier) {
    const s = v.sent[lo]!;
    if (s === 0 || lo !== v.sentStart[s]) return null;
    const o = v.sl.cleftOpeners.matchAt(v.toks, lo);
    const m = o ? v.cueAt[o.end] : undefined;
    const c = m ? v.sl.cleftCopulas.matchAt(v.toks, m.end) : null;
    if (!m || !c || c.end >= to) return null;
    const from = v.sentStart[s - 1]!;
    // the sentence before must be in the same paragraph and say nothing attributed already
    if (v.doc.sentences[s - 1]!.paragraph !== v.doc.sentences[s]!.paragraph) return null;
    // or be a quotation standing alone: «Siamo pronti». A dirlo è stata …
    let q: Draft | null = null;
    for (let k = from; k < lo && !q; k++)
      if (used[k] && !(q = quoteBefore(v, earlier, from, lo))) return null;
    const groups = speakerAfter(v, c.end, to);
    if (!groups) return null;
    const after = groups[groups.length - 1]!.last + 1;
    // "…, che ha spiegato: …": a comma closes the speaker; what follows is read on its own
    if (!onlyAdjunctsTo(v, after, to) && !has(v, after, L.COMMA)) return null;
    const by = {
      speakers: [slot(v, groups)],
      cue: cueOf(m),
      attribution: { first: lo, end: after },
      speakerRule: 'speaker.after-cue',
    };
    if (q) return attributeQuote(q, by, 'quote.cleft', used);
    const draft = reported(v, {
      ...by,
      // the previous sentence without its full stop
      content: { first: from, end: v.toks[lo - 1]!.kind === 'punct' ? lo - 1 : lo },
      rule: 'indirect.cleft',
    });
    return draft ? { draft, stop: after } : null;
  },
};
