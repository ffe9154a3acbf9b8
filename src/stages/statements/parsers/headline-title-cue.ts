/**
 * A title-case headline with its cue in capitals; the words before the cue are the speakers.
 *   id  "Korea Utara Bantah Kirim Tentara ke Rusia"
 *   en  "Pentagon Says 10,000 Troops Are in Russia"
 */
import { contentEnd, draftContent, firstSentence } from '../content.js';
import type { Draft } from '../draft.js';
import { ENTITY, L } from '../labels.js';
import type { NP } from '../np.js';
import { has, type TokenView } from '../view.js';
import { claimHeadline, hasHeadline } from './headline-colon.js';
import type { Parser } from './types.js';

/**
 * A title-case headline with its cue in capitals: "Korea Utara Bantah Kirim Tentara ke Rusia",
 * "Washington dan NATO Yakin Tentara Korut Sudah Berada di Rusia", "Pentagon Says 10,000 …".
 * The words before the cue (names, joined by "dan"/"and") are the speakers.
 */
export function titleCueDraft(v: TokenView, used: Uint8Array): Draft | null {
  if (!hasHeadline(v)) return null;
  const from = v.sentStart[0]!;
  const to = v.sentStart[1] ?? v.toks.length;
  const words = v.toks.slice(from, to).filter((t) => t.kind === 'word');
  if (words.length < 4 || words.filter((t) => t.upper).length < words.length * 0.6) return null;
  for (let k = from + 1; k < Math.min(to - 2, from + 8); k++) {
    if (used[k]) return null;
    const cue = v.sl.cues.matchAt(v.toks, k);
    if (
      !cue ||
      (!cue.value.full && !cue.value.short) ||
      cue.value.class === 'add' ||
      cue.value.class === 'hope' ||
      cue.value.class === 'urge'
    ) {
      if (!(v.flags[k]! & (ENTITY | L.CAP | L.CONJ | L.ROLE | L.INDEF | L.BODY))) return null;
      continue;
    }
    const speakers: NP[] = [];
    let start = from;
    for (let i = from; i <= k; i++) {
      if (i === k || has(v, i, L.CONJ)) {
        if (i > start) speakers.push({ first: start, last: i - 1 });
        start = i + 1;
      }
    }
    const c = draftContent(v, cue.end, contentEnd(v, cue.end, to));
    if (!c || !speakers.length) return null;
    return {
      speakers: speakers.map((g) => ({ groups: [g], implied: null })),
      cue: { first: cue.start, end: cue.end, info: cue.value },
      negated: false,
      direct: false,
      ...c,
      stanceTokens: firstSentence(v, c.contentSpan.start, c.contentSpan.end),
      attribution: { first: from, end: cue.end },
      rule: 'headline.title-cue',
      speakerRule: 'speaker.headline',
    };
  }
  return null;
}

export const headlineTitleCue: Parser = {
  rule: 'headline.title-cue',
  scope: 'article',
  parse(state) {
    const d = titleCueDraft(state.v, state.used);
    if (d) claimHeadline(state, d);
  },
};
