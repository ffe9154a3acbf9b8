/**
 * A participle after a tail attribution reports again for the speaker just named.
 *   id  "…, kata Morita, seraya menambahkan bahwa …"
 *   en  "…, Morita said, adding that …"
 * After a clause that is no attribution, the participle reports for that clause's subject:
 *   en  "The central bank raised its rate on Monday, saying the cedi's fall threatened …"
 */
import { contentEnd, contentStartAfter } from '../content.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';
import { reported, slot } from './clause.js';
import { openingSubject } from '../opening-subject.js';
import type { Parser } from './types.js';

export function participleAt(
  v: TokenView,
  i: number,
  to: number,
  opener: { from: number; before: readonly Draft[] } | null = null,
): Draft | null {
  const m = v.cueAt[i];
  if (!m || m.end > to || !has(v, i - 1, L.COMMA)) return null;
  const part = v.sl.participles.matchAt(v.toks, i);
  if (!part) return null;
  const start = contentStartAfter(v, part.end, to, true);
  if (start === null || start >= to) return null;
  // no attribution earlier in the sentence: the subject that opens it speaks
  const subject = opener && opener.before.length === 0 ? openingSubject(v, opener.from, i) : null;
  return reported(v, {
    speakers: [subject ? slot(v, [subject]) : { groups: null, implied: i }],
    cue: cueOf(m),
    content: { first: start, end: contentEnd(v, start, to) },
    attribution: { first: i, end: start },
    rule: 'indirect.participle',
    speakerRule: subject ? 'speaker.sentence-subject' : 'speaker.previous',
  });
}

export const participle: Parser = {
  rule: 'indirect.participle',
  scope: 'token',
  needs: ['cue'],
  parse: ({ v, i, to, from, before }) => participleAt(v, i, to, { from, before }),
};
