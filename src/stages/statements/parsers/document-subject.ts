/**
 * A document as the subject of a cue stands for the body that issued it: the speaker is the one
 * who spoke before, the document the channel, kept in the attribution.
 *   en  "The finance ministry issued a statement … The statement added that the money was set aside."
 *   id  "Pernyataan itu menyebutkan bahwa dana sudah disiapkan."
 * The document nouns are data: `grammar.documents`.
 */
import { contentEnd, contentStartAfter } from '../content.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';
import { reported, takesBare } from './clause.js';
import type { Parser } from './types.js';

/** The first token of "the statement" / "pernyataan itu" ending right before `end`, or -1. */
function documentBefore(v: TokenView, lo: number, end: number): number {
  let k = lo;
  while (k < end && has(v, k, L.CONNECTIVE)) k++;
  const articles = v.sl.data.grammar.articles;
  if (k < end && (articles.includes(v.toks[k]!.norm) || v.sl.demonstratives.has(v.toks[k]!.norm))) k++;
  const doc = v.sl.documents.matchAt(v.toks, k);
  if (!doc) return -1;
  let e = doc.end;
  // "Pernyataan itu": a demonstrative after the noun
  if (e < end && v.sl.demonstratives.has(v.toks[e]!.norm)) e++;
  while (e < end && has(v, e, L.ADVERB)) e++;
  return e === end ? k : -1;
}

export function documentSubjectAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const m = v.cueAt[i];
  if (!m || m.end >= to || !m.value.full) return null;
  const doc = documentBefore(v, lo, i);
  if (doc < 0) return null;
  const start = contentStartAfter(v, m.end, to, takesBare(m.value));
  if (start === null || start >= to || has(v, start, L.QUOTE)) return null;
  return reported(v, {
    speakers: [{ groups: null, implied: doc }],
    cue: cueOf(m),
    content: { first: start, end: contentEnd(v, start, to) },
    attribution: { first: lo, end: start },
    rule: 'indirect.document-subject',
    speakerRule: 'speaker.previous',
  });
}

export const documentSubject: Parser = {
  rule: 'indirect.document-subject',
  scope: 'token',
  parse: ({ v, i, lo, to }) => documentSubjectAt(v, i, lo, to),
};
