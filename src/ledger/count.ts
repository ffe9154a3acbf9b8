import { core, type ClaimProfile, type LinkChoice } from './link.js';
import { isEntityKey, type Concepts } from './concepts.js';

/**
 * A count on a claim's timeline: a statement that counts what the claim counts ("u:cases"), about
 * the same subject (a shared name, or its article being about the claim's place or body), joins
 * the claim even when the numbers differ and the wording shares little: "412 cases so far" and
 * "the count reached 503 cases on Thursday" are one figure moving over days. Two different events
 * ("12 dead" against "4,000 displaced") still keep apart.
 * Returns the best such claim, its reason the unit and the subject shared.
 */
export function sameCount(
  s: Concepts,
  candidates: readonly ClaimProfile[],
  topic: readonly string[] = [],
): LinkChoice | null {
  const units = [...s.keys()].filter((k) => k.startsWith('u:'));
  if (!units.length) return null;
  const sD = [...s.keys()].filter((k) => k.startsWith('d:'));
  let best: LinkChoice | null = null;
  for (const cand of candidates) {
    const c = new Set(cand.core ?? core(cand.profile));
    const unit = units.filter((u) => c.has(u));
    if (!unit.length) continue;
    const cD = [...c].filter((k) => k.startsWith('d:'));
    if (sD.length && cD.length && !sD.some((k) => c.has(k))) continue;
    const who = [
      ...[...s.keys()].filter((k) => isEntityKey(k) && c.has(k)),
      ...topic.filter((t) => (cand.profile[t] ?? 0) > 0),
    ];
    if (!who.length) continue;
    const score = unit.length + who.length / 10;
    if (!best || score > best.score)
      best = { id: cand.id, score, matched: [...new Set([...unit, ...who])], coverage: 0 };
  }
  return best && { ...best, score: 0.6 };
}
