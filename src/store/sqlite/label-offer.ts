import { betterLabel, type LabelChoice } from '../../ledger/label.js';

/** A claim's label as the claims row holds it (score and language null: none chosen yet). */
export interface LabelState {
  text: string | null;
  statementId: number | null;
  score: number | null;
  language: string | null;
}

/** A linked statement offered as a label: the best of a language, or the statement just linked. */
export interface LabelOffer {
  text: string;
  statementId: number;
  score: number;
  language: string;
}

/**
 * What a claim's label becomes when a statement joins it (null: it stays), the same whether the
 * store asks SQL each time (a rebuild) or keeps an article's links in memory (linkBundle). When
 * the label is not in the claim's majority language (the majority moved, or the claim is new),
 * the best linked statement in that language takes it: the earliest of the highest scores,
 * which is what a rebuild from scratch picks too. Otherwise the offer wins when it reads better
 * (see betterLabel).
 */
export function labelAfterOffer(
  cur: LabelState,
  offer: LabelOffer,
  majority: () => string | null,
  best: (language: string) => LabelOffer | undefined,
): LabelOffer | null {
  const current: LabelChoice | null =
    cur.score !== null ? { score: cur.score, language: cur.language } : null;
  // this link can only have moved the majority towards its own language: a label in that same
  // language that reads at least as well stays, without asking
  if (current && current.language === offer.language && offer.score <= current.score) return null;
  const major = majority();
  if (major !== null && current?.language !== major) {
    const b = best(major);
    if (b) return b;
  }
  return betterLabel({ score: offer.score, language: offer.language }, current, major) ? offer : null;
}

/** The better of two label offers by the rebuild's order: higher score, then earlier statement. */
export function firstBest(a: LabelOffer | undefined, b: LabelOffer | undefined): LabelOffer | undefined {
  if (!a || !b) return a ?? b;
  if (a.score !== b.score) return a.score > b.score ? a : b;
  return a.statementId <= b.statementId ? a : b;
}
