/**
 * A pronoun subject after a fronted prepositional phrase with no comma between them: the phrase
 * is an adjunct of the cue, the pronoun its speaker.
 *   en  "In her evidence she said the margins were too thin."
 *   id  "Dalam pernyataannya ia mengatakan dana sudah disiapkan."
 */
import { contentEnd, contentStartAfter } from '../content.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import { subjectBefore } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { reported, slot, takesBare } from './clause.js';
import type { Parser } from './types.js';

// a fronted phrase longer than this is more likely a clause than an adjunct
const MAX_FRONTED = 8;

export function frontedPronounAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const m = v.cueAt[i];
  if (!m || m.end >= to || !m.value.full) return null;
  let p = i - 1;
  while (p > lo && has(v, p, L.ADVERB | L.NEG)) p--;
  // the pronoun, right after the fronted phrase: no comma sets the phrase off
  if (p <= lo || !has(v, p, L.PRONOUN) || has(v, p - 1, L.COMMA)) return null;
  if (!has(v, lo, L.PREP) || p - lo > MAX_FRONTED) return null;
  for (let k = lo; k < p; k++) if (v.cueAt[k] || has(v, k, L.QUOTE | L.COMMA | L.COLON)) return null;
  const subj = subjectBefore(v, i, p);
  if (!subj || subj.speakers.length !== 1) return null;
  const start = contentStartAfter(v, m.end, to, takesBare(m.value));
  if (start === null || start >= to || has(v, start, L.QUOTE)) return null;
  return reported(v, {
    speakers: [slot(v, subj.speakers[0]!)],
    cue: cueOf(m, subj.negation),
    negated: subj.negated,
    content: { first: start, end: contentEnd(v, start, to) },
    attribution: { first: lo, end: start },
    rule: 'indirect.fronted-pronoun',
    speakerRule: 'speaker.before-cue',
  });
}

export const frontedPronoun: Parser = {
  rule: 'indirect.fronted-pronoun',
  scope: 'token',
  parse: ({ v, i, lo, to }) => frontedPronounAt(v, i, lo, to),
};
