/**
 * A cue of promise whose content is the infinitive it takes: what the speaker vowed to do.
 *   en  "The union vowed to fight the order in court."
 *   id  "Gubernur berjanji akan membangun jembatan baru."
 * The marker that opens the infinitive ("to", "akan") is data: `grammar.infinitiveMarkers`.
 */
import { contentEnd } from '../content.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import { subjectBefore } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';

export function promiseInfinitiveAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const m = v.cueAt[i];
  if (!m || m.end >= to || !m.value.full || m.value.class !== 'promise') return null;
  let k = m.end;
  while (k < to && has(v, k, L.ADVERB)) k++;
  const marker = v.sl.infinitiveMarkers.matchAt(v.toks, k);
  if (!marker || marker.end >= to || v.toks[marker.end]!.kind !== 'word') return null;
  const subj = subjectBefore(v, i, lo);
  if (!subj) return null;
  return reported(v, {
    speakers: subj.speakers.map((g) => slot(v, g)),
    cue: cueOf(m, subj.negation),
    negated: subj.negated,
    content: { first: marker.end, end: contentEnd(v, marker.end, to) },
    attribution: { first: lo, end: marker.end },
    rule: 'indirect.promise-infinitive',
    speakerRule: 'speaker.before-cue',
  });
}

export const promiseInfinitive: Parser = {
  rule: 'indirect.promise-infinitive',
  scope: 'token',
  parse: ({ v, i, lo, to }) => promiseInfinitiveAt(v, i, lo, to),
};
