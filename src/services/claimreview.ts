import type { Verdict } from '../domain/correction.js';
import type { LedgerStore } from '../store/port.js';
import { corrections, verdictOf } from './corrections.js';
import { claimReview } from './export.js';
import type { claimDetail } from './query.js';

type Claim = Awaited<ReturnType<typeof claimDetail>>['claim'];

/** The verdicts in force, by claim id. */
export async function verdictsOf(store: LedgerStore): Promise<Map<number, Verdict>> {
  const out = new Map<number, Verdict>();
  const all = await corrections(store).all();
  for (const id of new Set(all.filter((c) => c.field === 'verdict').map((c) => c.claimId!))) {
    const v = verdictOf(all, id);
    if (v) out.set(id, v);
  }
  return out;
}

const party = (x: Claim['statements'][number]) => ({
  '@type': x.speaker.kind === 'person' ? 'Person' : 'Organization',
  name: x.speaker.name,
});

/** The speaker who said it first and the one who said it most (often the same). */
export function firstAndMainSpeakers(c: Claim) {
  const first = c.statements[0];
  if (!first) return [];
  const n = new Map<string, { s: Claim['statements'][number]; n: number }>();
  for (const s of c.statements) {
    const k = s.speaker.entityId ?? s.speaker.name.toLowerCase();
    n.set(k, { s: n.get(k)?.s ?? s, n: (n.get(k)?.n ?? 0) + 1 });
  }
  const main = [...n.values()].sort((a, b) => b.n - a.n)[0]!.s;
  const same =
    (main.speaker.entityId ?? main.speaker.name.toLowerCase()) ===
    (first.speaker.entityId ?? first.speaker.name.toLowerCase());
  return same ? [party(first)] : [party(first), party(main)];
}

/**
 * schema.org ClaimReview of a claim: `itemReviewed` names its first and main speakers; with a
 * verdict, `reviewRating` carries it as `alternateName` (the textual rating; a desk's scale need
 * not be ordered, so no ratingValue), the reviewer is the author, the verdict's day the date.
 */
export function claimReviewOf(c: Claim, v: Verdict | null) {
  const base = claimReview(c);
  const itemReviewed = { ...base.itemReviewed, author: firstAndMainSpeakers(c) };
  if (!v) return { ...base, itemReviewed };
  return {
    ...base,
    datePublished: v.at.slice(0, 10),
    author: { '@type': 'Person', name: v.by },
    itemReviewed,
    reviewRating: {
      '@type': 'Rating',
      alternateName: v.rating,
      ...(v.note ? { ratingExplanation: v.note } : {}),
    },
    creativeWorkStatus: v.status,
  };
}
