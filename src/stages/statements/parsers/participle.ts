/**
 * A participle after a tail attribution reports again for the speaker just named.
 *   id  "…, kata Morita, seraya menambahkan bahwa …"
 *   en  "…, Morita said, adding that …"
 */
import { contentEnd, contentStartAfter } from '../content.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';
import { reported } from './clause.js';
import type { Parser } from './types.js';

export function participleAt(v: TokenView, i: number, to: number): Draft | null {
  const m = v.cueAt[i];
  if (!m || m.end > to || !has(v, i - 1, L.COMMA)) return null;
  const part = v.sl.participles.matchAt(v.toks, i);
  if (!part) return null;
  const start = contentStartAfter(v, part.end, to, true);
  if (start === null || start >= to) return null;
  return reported(v, {
    speakers: [{ groups: null, implied: i }],
    cue: cueOf(m),
    content: { first: start, end: contentEnd(v, start, to) },
    attribution: { first: i, end: start },
    rule: 'indirect.participle',
    speakerRule: 'speaker.previous',
  });
}

export const participle: Parser = {
  rule: 'indirect.participle',
  scope: 'token',
  parse: ({ v, i, to }) => participleAt(v, i, to),
};
