/**
 * A clause that opens with its reporting verb, the speaker after it, then a complementizer and
 * the content; or the complementizer right after the verb, the speaker implied (the previous
 * one). Only for a language whose grammar says so (`grammar.verbInitial`).
 *   ar  "وقال وزير الصحة فراس الأبيض للصحفيين إن الفرق ما زالت تبحث" / "وأضاف أن المستشفيات …"
 */
import { contentEnd } from '../content.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import { speakerAfter } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';

/** How many tokens may stand between the speaker and the complementizer: "للصحفيين", a date. */
const GAP = 6;

/** Whether the cue opens its clause: only connectives and adverbs before it, or a comma. */
function opensClause(v: TokenView, i: number, lo: number): boolean {
  for (let k = i - 1; k >= lo; k--) {
    if (has(v, k, L.COMMA)) return true;
    if (!has(v, k, L.CONNECTIVE | L.ADVERB | L.CONJ)) return false;
  }
  return true;
}

function complementizerFrom(v: TokenView, from: number, to: number, gap: number): number {
  for (let k = from; k < Math.min(to - 1, from + gap + 1); k++) {
    if (has(v, k, L.COMPLEMENTIZER)) return k;
    if (has(v, k, L.QUOTE | L.COLON) || v.cueAt[k]) return -1;
  }
  return -1;
}

export function verbInitialAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  if (!v.sl.data.grammar.verbInitial) return null;
  const m = v.cueAt[i];
  if (!m || m.end >= to || !opensClause(v, i, lo)) return null;
  const cue = cueOf(m);
  // "وأضاف أن …": the complementizer right after the verb, the speaker the previous one
  if (has(v, m.end, L.COMPLEMENTIZER)) {
    const start = m.end + 1;
    return reported(v, {
      speakers: [{ groups: null, implied: i }],
      cue,
      content: { first: start, end: contentEnd(v, start, to) },
      attribution: { first: lo, end: start },
      rule: 'indirect.verb-initial-implied',
      speakerRule: 'speaker.clitic-previous',
    });
  }
  const groups = speakerAfter(v, m.end, to);
  if (!groups) return null;
  const c = complementizerFrom(v, groups[groups.length - 1]!.last + 1, to, GAP);
  if (c < 0) return null;
  return reported(v, {
    speakers: [slot(v, groups)],
    cue,
    content: { first: c + 1, end: contentEnd(v, c + 1, to) },
    attribution: { first: lo, end: c + 1 },
    rule: 'indirect.verb-initial',
    speakerRule: 'speaker.after-cue',
  });
}

export const verbInitial: Parser = {
  rule: 'indirect.verb-initial',
  scope: 'token',
  parse: ({ v, i, lo, to }) => verbInitialAt(v, i, lo, to),
};
