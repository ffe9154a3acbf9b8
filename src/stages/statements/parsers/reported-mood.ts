/**
 * A sentence in the mood of reported speech, with no cue of its own, right after a statement:
 * it goes on reporting for the speaker before it (the language lists the mood's verb forms).
 *   de  "Polizeisprecher Jan Wessels sagte, die Fahndung laufe. Es gebe Hinweise auf eine Bande."
 */
import { contentEnd } from '../content.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';
import { reported } from './clause.js';
import { reportedBefore, sameParagraph } from './continuation.js';
import type { Parser } from './types.js';

export const reportedMood: Parser = {
  rule: 'indirect.reported-mood',
  scope: 'sentence',
  parse(v: TokenView, lo, to, used, earlier) {
    if (v.sl.reportedMood.size === 0 || lo !== v.sentStart[v.sent[lo] ?? 0]) return null;
    let mood = false;
    for (let k = lo; k < to; k++) {
      // a cue, "laut", a quotation or a colon: another construction reads this sentence
      if (used[k] || v.cueAt[k] || has(v, k, L.QUOTE | L.COLON)) return null;
      if (v.sl.according.matchAt(v.toks, k) && k === lo) return null;
      if (v.toks[k]!.kind === 'word' && v.sl.reportedMood.has(v.toks[k]!.norm)) mood = true;
    }
    // right after reported speech (not a quotation) that ends the sentence before, same paragraph
    if (!mood || !sameParagraph(v, lo) || !reportedBefore(v, v.sent[lo]! - 1, earlier)) return null;
    const draft = reported(v, {
      speakers: [{ groups: null, implied: lo }],
      cue: null,
      content: { first: lo, end: contentEnd(v, lo, to) },
      attribution: { first: lo, end: lo },
      rule: 'indirect.reported-mood',
      speakerRule: 'speaker.previous',
    });
    return draft ? { draft, stop: to } : null;
  },
};
