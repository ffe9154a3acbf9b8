/**
 * Reported speech that goes on into the next sentence without a new cue: a sentence of the same
 * paragraph that opens with a pronoun and a modal of reported mood, right after a sentence that
 * ends in reported speech. The speaker is the previous one. A language without sequence of
 * tenses lists no such modals (grammar.reportedMood) and continues with a cue instead
 * ("Ia menambahkan …").
 *   en  "The minister said the tax would start in January. It would also cover online sales."
 */
import { lowerBound, has, type TokenView } from '../view.js';
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { contentEnd } from '../content.js';
import { reported } from './clause.js';
import type { Parser } from './types.js';

// the constructions whose reported clause runs to the end of its sentence
const CLAUSE_RULES = new Set([
  'indirect.subject-cue',
  'indirect.according-front',
  'indirect.coordinated-cue',
  'indirect.split-cue',
  'indirect.split-cue-inverted',
  'indirect.verb-second',
  'indirect.reported-mood',
  'indirect.according-after',
  'indirect.as-clause',
  // a continuation runs to its sentence's end too: the next one may continue it again
  'indirect.continuation',
  'indirect.fronted-pronoun',
  'indirect.document-subject',
  'indirect.issued-participle',
]);

/** Whether token `k` is a verb form of reported mood, as written ("wären", not the indicative "waren"). */
export const inReportedMood = (v: TokenView, k: number): boolean =>
  v.sl.reportedMood.has(v.toks[k]!.text.normalize('NFC').toLowerCase());

/** Whether sentence [lo, to) opens like reported speech: a pronoun, then a modal of reported mood. */
function opensReported(v: TokenView, lo: number, to: number): boolean {
  let k = lo;
  while (k < to && has(v, k, L.CONNECTIVE | L.ADVERB | L.COMMA)) k++;
  if (k >= to || !has(v, k, L.PRONOUN)) return false;
  for (let m = k + 1; m < Math.min(to, k + 4); m++) if (inReportedMood(v, m)) return true;
  return false;
}

/** The draft of reported speech that ends sentence `s` of the same paragraph, if any. */
export function reportedBefore(v: TokenView, s: number, earlier: readonly Draft[]): Draft | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i]!;
    const last = lowerBound(v.starts, d.contentSpan.end) - 1;
    if (v.sent[last] !== s) continue;
    if (d.direct || !CLAUSE_RULES.has(d.rule)) return null;
    return contentEnd(v, v.sentStart[s]!, v.sentStart[s + 1]!) <= last + 1 ? d : null;
  }
  return null;
}

/** Whether sentence-opening token `lo` is in the paragraph of the token before it (no line break). */
export const sameParagraph = (v: TokenView, lo: number): boolean =>
  lo > 0 && !v.doc.text.slice(v.toks[lo - 1]!.end, v.toks[lo]!.start).includes('\n');

export const continuation: Parser = {
  rule: 'indirect.continuation',
  scope: 'sentence',
  parse(v, lo, to, used, earlier) {
    if (!v.sl.reportedMood.size || lo !== v.sentStart[v.sent[lo]!] || !opensReported(v, lo, to)) return null;
    const s = v.sent[lo]!;
    if (s === 0) return null;
    if (!sameParagraph(v, lo)) return null;
    for (let k = lo; k < to; k++) if (used[k] || v.cueAt[k] || has(v, k, L.QUOTE)) return null;
    const prev = reportedBefore(v, s - 1, earlier);
    if (!prev) return null;
    const draft = reported(v, {
      speakers: [{ groups: null, implied: lo }],
      cue: null,
      content: { first: lo, end: contentEnd(v, lo, to) },
      attribution: { first: lo, end: lo },
      rule: 'indirect.continuation',
      speakerRule: 'speaker.previous',
    });
    return draft ? { draft, stop: to } : null;
  },
};
