import { describe, expect, it } from 'vitest';
import type { Correction } from '../domain/correction.js';
import { foldCorrections, matchSpan, planArticle, resolveClaim } from './corrections.js';

let next = 1;
const corr = (c: Partial<Correction>): Correction => ({
  id: next++,
  at: '2026-01-01T00:00:00Z',
  by: 'ana',
  field: 'stance',
  statement: null,
  claimId: null,
  otherId: null,
  oldValue: null,
  newValue: null,
  reason: null,
  undoneBy: null,
  undoes: null,
  orphaned: false,
  ...c,
});
const key = { article: 'https://a.example/1', start: 100, end: 160 };

describe('folding corrections', () => {
  it('lets a later correction of the same field win and skips undone ones', () => {
    const f = foldCorrections([
      corr({ statement: key, newValue: 'deny' }),
      corr({ statement: key, newValue: 'hedge' }),
      corr({ statement: key, newValue: 'question', undoneBy: 99 }),
    ]);
    expect(f.statements.get('https://a.example/1#100-160')?.fix.stance).toBe('hedge');
  });

  it('sends a statement moved to a claim that was later merged into the claim it joined', () => {
    const f = foldCorrections([
      corr({ field: 'move', statement: key, claimId: 7 }),
      corr({ field: 'merge', claimId: 3, otherId: '7', newValue: { claimId: 3, statements: [] } }),
    ]);
    expect(f.statements.get('https://a.example/1#100-160')?.fix.claimId).toBe(3);
    expect(resolveClaim(f, 7)).toBe(3);
    expect([...f.held].sort()).toEqual([3, 7]);
  });

  it('keeps the latest verdict and label of a claim', () => {
    const f = foldCorrections([
      corr({ field: 'label', claimId: 2, newValue: 'first' }),
      corr({ field: 'label', claimId: 2, newValue: 'second' }),
      corr({
        field: 'verdict',
        claimId: 2,
        newValue: { rating: 'false', note: null, status: 'new', by: 'a', at: 'x' },
      }),
    ]);
    expect(f.labels.get(2)).toBe('second');
    expect(f.verdicts.get(2)?.rating).toBe('false');
  });
});

describe('finding a corrected span in a re-read article', () => {
  it('takes the same span, else the one overlapping most, else none', () => {
    expect(
      matchSpan({ start: 10, end: 50 }, [
        { start: 0, end: 5 },
        { start: 10, end: 50 },
      ]),
    ).toBe(1);
    // a re-read that widened the statement by a few characters still finds it
    expect(
      matchSpan({ start: 10, end: 50 }, [
        { start: 0, end: 5 },
        { start: 8, end: 52 },
      ]),
    ).toBe(1);
    expect(matchSpan({ start: 10, end: 50 }, [{ start: 40, end: 90 }])).toBeNull();
  });

  it('lists the fixes of a vanished span as orphaned', () => {
    const f = foldCorrections([corr({ statement: key, newValue: 'deny' })]);
    const plan = planArticle(f, key.article, [{ id: 1, start: 0, end: 40 }]);
    expect(plan.apply).toEqual([]);
    expect(plan.orphaned).toHaveLength(1);
    expect(planArticle(f, key.article, [{ id: 5, start: 100, end: 160 }]).apply[0]?.statementId).toBe(5);
  });
});
