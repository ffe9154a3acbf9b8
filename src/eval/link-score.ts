import { scores, type Scores } from './conll.js';

/** One gold statement: the proposition it belongs to and the claims the ledger put it in (null: not extracted). */
export interface LinkItem {
  prop: string;
  claims: ReadonlySet<number> | null;
}

export interface LinkScores {
  /** B-cubed: per statement, how much of its predicted claim is its proposition, and the reverse */
  bcubed: Scores;
  /** pairwise: statement pairs linked by the ledger against pairs sharing a proposition */
  pairs: Scores;
}

/**
 * Scores a clustering of gold statements into claims. A statement the extractor missed is its
 * own cluster (it hurts recall, never precision); a statement in several claims counts as linked
 * to each of them for pairs, and sits in its first claim for B-cubed.
 * Example: props [a, a, b], claims [{1}, {1}, {1}] -> pairwise P 1/3, R 1.
 */
export function scoreLinks(items: readonly LinkItem[]): LinkScores {
  let tp = 0;
  let predPairs = 0;
  let goldPairs = 0;
  const cluster = items.map((x, i) => (x.claims?.size ? `c${[...x.claims][0]}` : `missing${i}`));
  let bp = 0;
  let br = 0;
  for (let i = 0; i < items.length; i++) {
    let samePred = 0;
    let sameGold = 0;
    let both = 0;
    for (let j = 0; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const gold = a.prop === b.prop;
      const pred = cluster[i] === cluster[j];
      if (gold) sameGold++;
      if (pred) samePred++;
      if (gold && pred) both++;
      if (j <= i) continue;
      const linked = !!a.claims && !!b.claims && [...a.claims].some((c) => b.claims!.has(c));
      if (gold) goldPairs++;
      if (linked) predPairs++;
      if (gold && linked) tp++;
    }
    bp += both / samePred;
    br += both / sameGold;
  }
  const n = Math.max(1, items.length);
  const p = items.length ? bp / n : 0;
  const r = items.length ? br / n : 0;
  return {
    bcubed: { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 },
    pairs: scores(tp, predPairs, goldPairs),
  };
}
