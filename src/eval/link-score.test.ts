import { describe, expect, it } from 'vitest';
import { scoreLinks } from './link-score.js';

const item = (prop: string, ...claims: number[]) => ({
  prop,
  claims: claims.length ? new Set(claims) : null,
});

describe('scoreLinks', () => {
  it('gives a perfect score when claims are exactly the propositions', () => {
    const s = scoreLinks([item('a', 1), item('a', 1), item('b', 2)]);
    expect(s.bcubed.f1).toBe(1);
    expect(s.pairs.f1).toBe(1);
  });

  it('charges precision when two propositions share one claim', () => {
    const s = scoreLinks([item('a', 1), item('a', 1), item('b', 1)]);
    expect(s.pairs.precision).toBeCloseTo(1 / 3);
    expect(s.pairs.recall).toBe(1);
    // B-cubed precision: a, a see 2/3 each, b sees 1/3
    expect(s.bcubed.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
    expect(s.bcubed.recall).toBe(1);
  });

  it('charges recall, not precision, for a statement the extractor missed', () => {
    const s = scoreLinks([item('a', 1), item('a')]);
    expect(s.bcubed.precision).toBe(1);
    expect(s.bcubed.recall).toBeCloseTo(0.5);
    expect(s.pairs.recall).toBe(0);
  });
});
