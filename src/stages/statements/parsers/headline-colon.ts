/**
 * A headline without final punctuation, its subject before a colon.
 *   id  "Kremlin: Laporan Itu Hoaks"
 *   en  "Pentagon: 10,000 troops now in Russia"
 */
import { contentEnd, draftContent, firstSentence } from '../content.js';
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { npLeft } from '../np.js';
import { has, type TokenView } from '../view.js';
import type { ParseState, Parser } from './types.js';

/** Whether the article opens with a headline: a first paragraph without final punctuation. */
export function hasHeadline(v: TokenView): boolean {
  const p = v.doc.paragraphs[0];
  return !!p && v.doc.paragraphs.length >= 2 && !/[.!?]$/.test(v.doc.norm.slice(p.start, p.end));
}

/** The headline's statement marks its sentence read, from its attribution to its end. */
export function claimHeadline(state: ParseState, d: Draft): void {
  state.drafts.push(d);
  for (let k = d.attribution.first; k < state.v.sentStart[1]!; k++) state.used[k] = 1;
}

/** A headline "Kremlin: laporan itu hoaks" / "Pentagon: 10,000 troops in Russia" speaks for its subject. "Kremlin: laporan itu hoaks" / "Pentagon: 10,000 troops in Russia" speaks for its subject. */
export function headlineDraft(v: TokenView, used: Uint8Array): Draft | null {
  if (!hasHeadline(v)) return null;
  const from = v.sentStart[0]!;
  const to = v.sentStart[1] ?? v.toks.length;
  for (let k = from + 1; k < Math.min(to, from + 8); k++) {
    if (!has(v, k, L.COLON)) continue;
    if (used[k]) return null;
    const np = npLeft(v, k - 1, from);
    if (!np || np.first > from + 1) return null;
    const c = draftContent(v, k + 1, contentEnd(v, k + 1, to));
    if (!c) return null;
    return {
      speakers: [{ groups: [np], implied: null }],
      cue: null,
      negated: false,
      direct: false,
      ...c,
      stanceTokens: firstSentence(v, c.contentSpan.start, c.contentSpan.end),
      attribution: { first: from, end: k + 1 },
      rule: 'headline.colon',
      speakerRule: 'speaker.headline',
    };
  }
  return null;
}

export const headlineColon: Parser = {
  rule: 'headline.colon',
  scope: 'article',
  parse(state) {
    const d = headlineDraft(state.v, state.used);
    if (d) claimHeadline(state, d);
  },
};
