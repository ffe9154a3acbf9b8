import { contentEnd, draftContent, firstSentence } from './content.js';
import type { Draft } from './draft.js';
import { L } from './labels.js';
import { npLeft } from './np.js';
import { has, type TokenView } from './view.js';

/** A headline "Kremlin: laporan itu hoaks" / "Pentagon: 10,000 troops in Russia" speaks for its subject. */
export function headlineDraft(v: TokenView, used: Uint8Array): Draft | null {
  const p = v.doc.paragraphs[0];
  if (!p || v.doc.paragraphs.length < 2 || /[.!?]$/.test(v.doc.norm.slice(p.start, p.end))) return null;
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
