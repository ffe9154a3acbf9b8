/**
 * A headline that opens with "according to" and its source, the claim after the comma. In
 * title case every word is capitalised, so the source ends at the first comma, never reading
 * the claim as an apposition.
 *   id  "Kata Menkes, Kasus Cacar Monyet Mulai Menurun"
 *   en  "According to WHO, Cases Are Falling"
 */
import { contentEnd, draftContent, firstSentence } from '../content.js';
import { L } from '../labels.js';
import { npRight } from '../np.js';
import { has } from '../view.js';
import { SAY, slot } from './clause.js';
import { claimHeadline, hasHeadline } from './headline-colon.js';
import type { Parser } from './types.js';

export const headlineAccording: Parser = {
  rule: 'headline.according',
  scope: 'article',
  parse(state) {
    const { v, used } = state;
    if (!hasHeadline(v) || used[0]) return;
    const from = v.sentStart[0]!;
    const to = v.sentStart[1] ?? v.toks.length;
    const m = v.sl.according.matchAt(v.toks, from);
    if (!m || m.end >= to) return;
    let comma = m.end;
    while (comma < Math.min(to, m.end + 6) && !has(v, comma, L.COMMA)) comma++;
    if (!has(v, comma, L.COMMA)) return;
    const np = npRight(v, m.end, comma);
    if (!np || np.last + 1 !== comma) return;
    const c = draftContent(v, comma + 1, contentEnd(v, comma + 1, to));
    if (!c) return;
    claimHeadline(state, {
      speakers: [slot(v, [np])],
      cue: { first: m.start, end: m.end, info: SAY },
      negated: false,
      direct: false,
      ...c,
      stanceTokens: firstSentence(v, c.contentSpan.start, c.contentSpan.end),
      attribution: { first: from, end: comma + 1 },
      rule: 'headline.according',
      speakerRule: 'speaker.headline',
    });
  },
};
