/**
 * A headline without final punctuation, its subject before a colon, or its source after a last
 * colon.
 *   id  "Kremlin: Laporan Itu Hoaks" / "Kasus DBD naik dua kali lipat: dinas kesehatan"
 *   en  "Pentagon: 10,000 troops now in Russia" / "Kolkata on alert as outbreak spreads: officials"
 */
import { contentEnd, draftContent, firstSentence } from '../content.js';
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { npLeft, npRight } from '../np.js';
import { has, type TokenView } from '../view.js';
import type { ParseState, Parser } from './types.js';

/** Whether the article opens with a headline: a first paragraph without final punctuation. */
export function hasHeadline(v: TokenView): boolean {
  const p = v.doc.paragraphs[0];
  if (!p || v.doc.paragraphs.length < 2 || p.end <= p.start) return !!p && v.doc.paragraphs.length >= 2;
  // its last character only: a pattern anchored at the end is tried at every character before it
  const last = v.doc.norm[p.end - 1];
  return last !== '.' && last !== '!' && last !== '?';
}

/** The headline's statement marks its sentence read, from its attribution to its end. */
export function claimHeadline(state: ParseState, d: Draft): void {
  state.drafts.push(d);
  for (let k = d.attribution.first; k < state.v.sentStart[1]!; k++) state.used[k] = 1;
}

/** A headline "Kremlin: laporan itu hoaks" / "Pentagon: 10,000 troops in Russia" speaks for its subject. */
export function headlineDraft(v: TokenView, used: Uint8Array): Draft | null {
  if (!hasHeadline(v)) return null;
  const from = v.sentStart[0]!;
  const to = v.sentStart[1] ?? v.toks.length;
  return subjectFirst(v, used, from, to) ?? sourceLast(v, used, from, to);
}

// how many tokens a source closing a headline may take: "officials", "West Bengal health officials"
const SOURCE_WORDS = 5;

/** "Kolkata on alert as outbreak spreads: officials": the source after the headline's last colon. */
function sourceLast(v: TokenView, used: Uint8Array, from: number, to: number): Draft | null {
  let end = to;
  while (end > from && v.toks[end - 1]!.kind === 'punct' && !has(v, end - 1, L.COLON)) end--;
  for (let k = end - 2; k > Math.max(from + 2, end - 2 - SOURCE_WORDS); k--) {
    if (!has(v, k, L.COLON)) continue;
    if (used[k]) return null;
    const np = npRight(v, k + 1, end);
    if (!np || np.last !== end - 1 || titleCased(v, np.first, end)) return null;
    const c = draftContent(v, from, k);
    if (!c) return null;
    return {
      speakers: [{ groups: [np], implied: null }],
      cue: null,
      negated: false,
      direct: false,
      ...c,
      stanceTokens: firstSentence(v, c.contentSpan.start, c.contentSpan.end),
      attribution: { first: k, end },
      rule: 'headline.colon-source',
      speakerRule: 'speaker.headline',
    };
  }
  return null;
}

/**
 * "…, Warga: Suaranya Seperti Gemuruh Pesawat": in a headline in title case the words after a
 * colon are what was said, not a source, unless they are one named entity.
 */
function titleCased(v: TokenView, first: number, end: number): boolean {
  if (v.entity[first] && v.mentionLast[first] === end - 1) return false;
  for (let k = first; k < end; k++) if (v.toks[k]!.kind === 'word' && !v.toks[k]!.upper) return false;
  return true;
}

function subjectFirst(v: TokenView, used: Uint8Array, from: number, to: number): Draft | null {
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
