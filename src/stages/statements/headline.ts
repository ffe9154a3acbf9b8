import { contentEnd, draftContent, firstSentence } from './content.js';
import type { Draft } from './draft.js';
import { ENTITY, L } from './labels.js';
import { npLeft, type NP } from './np.js';
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

/**
 * A title-case headline with its cue in capitals: "Korea Utara Bantah Kirim Tentara ke Rusia",
 * "Washington dan NATO Yakin Tentara Korut Sudah Berada di Rusia", "Pentagon Says 10,000 …".
 * The words before the cue (names, joined by "dan"/"and") are the speakers.
 */
export function titleCueDraft(v: TokenView, used: Uint8Array): Draft | null {
  const p = v.doc.paragraphs[0];
  if (!p || v.doc.paragraphs.length < 2 || /[.!?]$/.test(v.doc.norm.slice(p.start, p.end))) return null;
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
