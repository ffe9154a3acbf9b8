/**
 * Reporting inside reporting: one source relays what another said. The same words are a
 * statement of each source; when the outer source is a news outlet it is the relay (the cited
 * source) of the inner one instead.
 *   id  "Menurut Kompas, Menteri Kesehatan mengatakan kasus baru menurun."
 *       "Kementerian itu mengutip Gubernur yang mengatakan bendungan itu aman."
 *   en  "According to the ministry, the governor told the meeting that the dam was safe."
 *       "The ministry cited the governor as saying the dam was safe."
 */
import { isMedia } from '../cited.js';
import { contentEnd, contentStartAfter } from '../content.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import type { NP } from '../np.js';
import { speakerAfter, subjectBefore } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { according } from './according-to.js';
import { reported, SAY, slot, takesBare } from './clause.js';
import { subjectCueAt } from './subject-cue.js';
import type { Parser } from './types.js';

/** The inner draft said by `inner`'s speakers, and the same words said by the outer source. */
function both(
  v: TokenView,
  outer: NP[],
  outerCue: Draft['cue'],
  inner: Draft,
  attribution: Draft['attribution'],
  rule: string,
): Draft[] {
  const relay = outer.length === 1 && isMedia(v, outer[0]!.first, outer[0]!.last + 1);
  const first = { ...inner, attribution, rule: `${rule}-inner` };
  if (relay) return [{ ...first, citedBy: outer[0]! }];
  return [
    first,
    {
      ...inner,
      speakers: [slot(v, outer)],
      cue: outerCue,
      negated: false,
      attribution,
      rule: `${rule}-outer`,
      speakerRule: 'speaker.outer-source',
    },
  ];
}

/** "According to X, Y said …": the front "according to" draft whose content opens with Y and a cue. */
function accordingThenCue(v: TokenView, i: number, lo: number, to: number): Draft[] | null {
  // only where "according to" may open a clause: the sentence start or after a connective
  if (i !== lo && !has(v, i - 1, L.CONNECTIVE) && !(i === lo + 1 && has(v, lo, L.CONNECTIVE))) return null;
  const outer = according(v, i, lo, to);
  if (!outer || outer.rule !== 'indirect.according-front') return null;
  // "the ministry" is kept as a pointer, resolved later: its words are the outer source
  const groups = outer.speakers[0]?.groups ?? outer.speakers[0]?.pointer;
  if (!groups || outer.speakers.length !== 1) return null;
  const start = outer.stanceTokens.first;
  for (let k = start + 1; k < Math.min(to, start + 12); k++) {
    if (!v.cueAt[k]?.value.full) continue;
    const inner = subjectCueAt(v, k, start, to);
    if (!inner || inner.attribution.first !== start || inner.rule !== 'indirect.subject-cue') {
      return null;
    }
    return both(v, groups, outer.cue, inner, { first: i, end: inner.attribution.end }, 'nested.according');
  }
  return null;
}

/** "X cited Y as saying …", "X mengutip Y yang mengatakan …". */
function quoting(v: TokenView, i: number, lo: number, to: number): Draft[] | null {
  const m = v.sl.quotingVerbs.matchAt(v.toks, i);
  if (!m || i <= lo) return null;
  const subj = subjectBefore(v, i, lo);
  const groups = speakerAfter(v, m.end, to);
  if (!subj || subj.negated || subj.speakers.length !== 1 || !groups) return null;
  let k = groups[groups.length - 1]!.last + 1;
  while (k < to && (has(v, k, L.RELATIVE | L.COMMA) || v.sl.quotingLinks.has(v.toks[k]!.norm))) k++;
  const cue = v.cueAt[k];
  if (!cue || cue.end >= to) return null;
  const start = contentStartAfter(v, cue.end, to, takesBare(cue.value));
  if (start === null || start >= to || has(v, start, L.QUOTE)) return null;
  const inner = reported(v, {
    speakers: [slot(v, groups)],
    cue: cueOf(cue),
    content: { first: start, end: contentEnd(v, start, to) },
    attribution: { first: lo, end: start },
    rule: 'nested.quoting',
    speakerRule: 'speaker.after-cue',
  });
  const outerCue = { first: m.start, end: m.end, info: SAY };
  return inner && both(v, subj.speakers[0]!, outerCue, inner, { first: lo, end: start }, 'nested.quoting');
}

export const nested: Parser = {
  rule: 'nested',
  scope: 'token',
  needs: ['according', 'accordingClitic', 'quotingVerbs'],
  parse: ({ v, i, lo, to }) => accordingThenCue(v, i, lo, to) ?? quoting(v, i, lo, to),
};
