/**
 * A sentence that opens with an object pronoun and a cue reports the sentence before it; the
 * speaker follows the cue, as wire copy closes a lead paragraph.
 *   it  "Due persone risultano disperse. Lo ha reso noto la Regione Toscana."
 *   es  "La investigación sigue abierta. Así lo confirmó la Fiscalía."
 */
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import { speakerAfter } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { onlyAdjunctsTo } from './adjuncts.js';
import { bodyAt } from './locative-source.js';
import { reported, slot } from './clause.js';
import { attributeQuote, quoteBefore } from './quote-before.js';
import type { Parser } from './types.js';

/**
 * Where the cue stands after the resumptive, past one short prepositional adjunct:
 * uk "Про це в Telegram написав …", ru "Об этом в эфире телемарафона сообщил …".
 */
function cueAfterAdjunct(v: TokenView, at: number, to: number): number {
  if (v.cueAt[at] || !has(v, at, L.PREP)) return at;
  for (let k = at + 1; k < Math.min(at + 5, to); k++) {
    if (v.cueAt[k]) return k;
    if (has(v, k, L.COMMA | L.QUOTE | L.COMPLEMENTIZER)) return at;
  }
  return at;
}

export const resumptive: Parser = {
  rule: 'indirect.resumptive',
  scope: 'sentence',
  needs: ['resumptives'],
  parse(v, lo, to, used, earlier) {
    const s = v.sent[lo]!;
    if (s === 0 || lo !== v.sentStart[s]) return null;
    const r = v.sl.resumptives.matchAt(v.toks, lo);
    const m = r ? v.cueAt[cueAfterAdjunct(v, r.end, to)] : undefined;
    if (!r || !m || m.end >= to) return null;
    const from = v.sentStart[s - 1]!;
    // the sentence before must be in the same paragraph and say nothing attributed already
    if (v.doc.sentences[s - 1]!.paragraph !== v.doc.sentences[s]!.paragraph) return null;
    // or be a quotation standing alone: «Siamo pronti». Lo ha detto …
    let q: Draft | null = null;
    for (let k = from; k < lo && !q; k++)
      if (used[k] && !(q = quoteBefore(v, earlier, from, lo))) return null;
    // "Про це повідомили в Міністерстві фінансів.": an impersonal cue names its body in a locative
    const body = speakerAfter(v, m.end, to) ? null : bodyAt(v, m.end, to);
    const groups = body ? [body] : speakerAfter(v, m.end, to);
    if (!groups) return null;
    const after = groups[groups.length - 1]!.last + 1;
    // "…, che ha chiesto lo stato di emergenza", "…, precisando che …": a comma closes the
    // speaker; what follows it is read on its own
    if (!onlyAdjunctsTo(v, after, to) && !has(v, after, L.COMMA)) return null;
    const by = {
      speakers: [slot(v, groups)],
      cue: cueOf(m),
      attribution: { first: lo, end: after },
      speakerRule: body ? 'speaker.locative-body' : 'speaker.after-cue',
    };
    if (q) return attributeQuote(q, by, 'quote.resumptive', used);
    const draft = reported(v, {
      ...by,
      // the previous sentence without its full stop
      content: { first: from, end: v.toks[lo - 1]!.kind === 'punct' ? lo - 1 : lo },
      rule: 'indirect.resumptive',
    });
    return draft ? { draft, stop: after } : null;
  },
};
