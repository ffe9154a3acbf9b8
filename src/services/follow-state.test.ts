import { describe, expect, it } from 'vitest';
import type { ClaimFigure, ClaimRecord } from '../store/types.js';
import { claimChanges, claimState, figureKey, NEW_CLAIM, parseFollowState } from './follow-state.js';

const figure = (value: number, unit: string | null, over: Partial<ClaimFigure> = {}): ClaimFigure => ({
  value,
  qualifier: 'exact',
  unit,
  planned: false,
  speaker: 'Lim Wei',
  date: '2024-05-06',
  articleId: 1,
  statementId: 1,
  ...over,
});

function claim(deny: number, independent: number, figures: ClaimFigure[] = []): ClaimRecord {
  return {
    id: 7,
    label: 'Malaysia sent a second ship to the Natuna Sea',
    key: 'Malaysia — send ship — Natuna Sea',
    labelStatementId: 1,
    profile: {},
    updatedAt: '2024-05-06T08:00:00Z',
    statements: 3,
    articles: 3,
    languages: ['en', 'id'],
    stances: { assert: 2, deny, hedge: 0, conditional: 0, question: 0 },
    independentSources: independent,
    speakers: 3,
    affiliations: [],
    figures,
    firstSeen: '2024-05-06',
    lastSeen: '2024-05-07',
  };
}

describe('follow state', () => {
  it('sees nothing new in a claim that has not changed', () => {
    const c = claim(1, 2, [figure(5, 'ships')]);
    expect(claimChanges(claimState(c), c).changes).toEqual([]);
  });

  it('sees a new denial, a new independent source and a new figure', () => {
    const before = claimState(claim(0, 1, [figure(5, 'ships')]));
    const after = claim(1, 2, [
      figure(5, 'ships', { speaker: 'Dedi' }),
      figure(7, 'ships', { statementId: 9 }),
    ]);
    const { changes, state } = claimChanges(before, after);
    expect(changes).toEqual([
      { kind: 'denial', from: 0, to: 1 },
      { kind: 'confirmation', from: 1, to: 2 },
      { kind: 'figure', figures: [expect.objectContaining({ value: 7, statementId: 9 })] },
    ]);
    expect(state).toEqual({ deny: 1, independent: 2, figures: ['5 ships', '7 ships'] });
  });

  it('raises nothing when counts go down, and a figure that comes back is not new again', () => {
    const seen = { deny: 2, independent: 3, figures: ['5 ships', '7 ships'] };
    const { changes, state } = claimChanges(seen, claim(1, 2, [figure(5, 'ships')]));
    expect(changes).toEqual([]);
    expect(claimChanges(state, claim(1, 2, [figure(7, 'ships')])).changes).toEqual([]);
  });

  it('counts a claim new to an entity follow from its first independent source', () => {
    expect(claimChanges(NEW_CLAIM, claim(0, 1)).changes).toEqual([]);
    expect(claimChanges(NEW_CLAIM, claim(1, 3)).changes.map((c) => c.kind)).toEqual([
      'denial',
      'confirmation',
    ]);
  });

  it('tells a range, a unit and a plan apart in figures', () => {
    expect(figureKey({ value: 12000, max: 15000, unit: 'troops', planned: true })).toBe(
      '12000–15000 troops (planned)',
    );
    expect(figureKey({ value: 3, unit: null, planned: false })).toBe('3');
  });

  it('refuses a stored state of another shape', () => {
    expect(parseFollowState({ claims: { 7: { deny: 1, independent: 1, figures: [] } } })).not.toBeNull();
    expect(parseFollowState({ deny: 1 })).toBeNull();
    expect(parseFollowState(null)).toBeNull();
  });
});
