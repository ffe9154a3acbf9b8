/**
 * A body puts out a document, and a reporting participle right after it, with no comma, says
 * what the document said: the body that issued it speaks.
 *   en  "The ministry issued a statement calling on the union to return to the table."
 *   id  "Kementerian merilis pernyataan yang meminta serikat kembali berunding."
 * The verbs and documents are data: `grammar.issueVerbs`, `grammar.documents` and `channels`.
 */
import { contentEnd, contentStartAfter } from '../content.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import { subjectBefore } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { reported, SAY, slot } from './clause.js';
import type { Parser } from './types.js';

/** The issuing verb before "a statement" that ends right before `end`, or -1. */
function issuedBefore(v: TokenView, lo: number, end: number): number {
  // "statement", "press release": try each start of the document ending at `end`
  for (let d = end - 1; d >= Math.max(lo, end - 3); d--) {
    const doc = v.sl.documents.matchAt(v.toks, d) ?? v.sl.channels.matchAt(v.toks, d);
    if (!doc || doc.end !== end) continue;
    let k = d - 1;
    // "a", "a brief", "a joint": an article and at most two modifiers
    for (let n = 0; n < 3 && k > lo && !v.sl.issueVerbs.matchAt(v.toks, k); n++) {
      if (v.toks[k]!.kind !== 'word' || v.cueAt[k]) break;
      k--;
    }
    for (let s = Math.max(lo, k - 1); s <= k; s++) {
      const verb = v.sl.issueVerbs.matchAt(v.toks, s);
      if (verb && verb.end <= d) return s;
    }
  }
  return -1;
}

export function issuedParticipleAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  if (i - lo < 3 || i >= to - 1 || has(v, i - 1, L.COMMA)) return null;
  // "calling on …": a participle of the list, a cue of its own or not
  const part = v.sl.participles.matchAt(v.toks, i);
  // "yang meminta …": a relativizer, then a cue
  const m = v.cueAt[i];
  const rel = !part && m && has(v, i - 1, L.RELATIVE) ? i - 1 : -1;
  if (!part && rel < 0) return null;
  const verb = issuedBefore(v, lo, rel >= 0 ? rel : i);
  if (verb < 0) return null;
  const subj = subjectBefore(v, verb, lo);
  if (!subj) return null;
  const cue = m ? cueOf(m) : { first: i, end: part!.end, info: SAY };
  const start = contentStartAfter(v, Math.max(part?.end ?? 0, cue.end), to, true);
  if (start === null || start >= to || has(v, start, L.QUOTE)) return null;
  return reported(v, {
    speakers: subj.speakers.map((g) => slot(v, g)),
    cue,
    content: { first: start, end: contentEnd(v, start, to) },
    attribution: { first: lo, end: start },
    rule: 'indirect.issued-participle',
    speakerRule: 'speaker.before-cue',
  });
}

export const issuedParticiple: Parser = {
  rule: 'indirect.issued-participle',
  scope: 'token',
  parse: ({ v, i, lo, to }) => issuedParticipleAt(v, i, lo, to),
};
