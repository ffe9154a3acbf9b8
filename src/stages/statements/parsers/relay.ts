import { isMedia } from '../cited.js';
import type { Draft } from '../draft.js';
import type { TokenView } from '../view.js';
import { cueDraft } from './cue.js';

/**
 * "Media lokal, mengutip Yonhap, melaporkan bahwa seorang anggota delegasi menyebut …" / "Local
 * media, citing Yonhap, reported that a delegate said …": when the speaker only relays (an
 * outlet, "the media") and the content holds a statement of its own, the inner statement is the
 * one to keep, cited through the relay.
 */
export function unwrapRelay(v: TokenView, d: Draft, to: number): Draft | null {
  const g = d.speakers[0]?.groups;
  if (!g || d.speakers.length !== 1 || !isMedia(v, g[0]!.first, g[g.length - 1]!.last + 1)) return null;
  return innerStatement(v, d, to);
}

/** The statement the content of relay `d` holds, cited through the relay; null when none. */
export function innerStatement(v: TokenView, d: Draft, to: number): Draft | null {
  const from = d.stanceTokens.first;
  for (let k = from + 1; k < Math.min(to, from + 12); k++) {
    if (!v.cueAt[k]?.value.full) continue;
    const inner = cueDraft(v, k, from, to);
    if (!inner) continue;
    return {
      ...inner,
      attribution: { first: d.attribution.first, end: inner.attribution.end },
      tailCitation: d.tailCitation ?? { first: d.attribution.first, end: from },
    };
  }
  return null;
}
