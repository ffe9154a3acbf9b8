import { describe, expect, it } from 'vitest';
import type { Correction } from '../domain/correction.js';
import {
  checkUndoable,
  claimsOf,
  found,
  statementCorrections,
  undoCorrection,
  verdictCorrection,
  type StatementHead,
} from './correction-records.js';

const head: StatementHead = {
  key: { article: 'https://example.org/a', start: 10, end: 40 },
  articleId: 3,
  claimIds: [7, 9],
  stance: 'assert',
  speaker: { name: 'Ana Lima', entityId: null },
  content: 'troops crossed the border',
};
const who = { by: 'editor', reason: 'checked the video' };

const logged = (over: Partial<Correction>): Correction => ({
  id: 1,
  at: '2026-01-01T00:00:00.000Z',
  by: 'editor',
  field: 'label',
  statement: null,
  claimId: 7,
  otherId: null,
  oldValue: 'old',
  newValue: 'new',
  reason: null,
  undoneBy: null,
  undoes: null,
  orphaned: false,
  ...over,
});

describe('what the correction log records', () => {
  it('records one row per field the analyst changed, each with the old value and the claim it was in', () => {
    const rows = statementCorrections(head, { stance: 'deny', notStatement: true }, who);
    expect(rows.map((r) => [r.field, r.oldValue, r.newValue])).toEqual([
      ['stance', 'assert', 'deny'],
      ['not-statement', false, true],
    ]);
    expect(rows.every((r) => r.contextClaim === 7 && r.reason === 'checked the video')).toBe(true);
  });

  it('refuses a statement correction that changes nothing', () => {
    expect(() => statementCorrections(head, {}, who)).toThrow(/nothing to correct/);
  });

  it('keeps the verdict in force as the old value of a new verdict, skipping undone ones', () => {
    const log = [
      logged({ id: 1, field: 'verdict', newValue: { rating: 'false' } }),
      logged({ id: 2, field: 'verdict', newValue: { rating: 'true' }, undoneBy: 3 }),
    ];
    const row = verdictCorrection(
      7,
      log,
      { rating: 'mixed', note: null, status: 'review' },
      who,
      new Date(0),
    );
    expect(row.oldValue).toEqual({ rating: 'false' });
    expect(row.newValue).toMatchObject({ rating: 'mixed', by: 'editor', at: '1970-01-01T00:00:00.000Z' });
  });

  it('undoes a correction by swapping its values, and refuses undoing an undo or twice', () => {
    const c = logged({ id: 5 });
    checkUndoable(5, c);
    expect(undoCorrection(c, who)).toMatchObject({
      field: 'undo',
      undoes: 5,
      oldValue: 'new',
      newValue: 'old',
    });
    expect(() => checkUndoable(6, null)).toThrow(/no correction 6/);
    expect(() => checkUndoable(5, logged({ field: 'undo' }))).toThrow(/itself an undo/);
    expect(() => checkUndoable(5, logged({ undoneBy: 8 }))).toThrow(/already undone by 8/);
  });

  it('finds the claims a merge reached on both sides, and names what was not found', () => {
    expect(claimsOf(logged({ field: 'merge', claimId: 7, otherId: '12' }))).toEqual([7, 12]);
    expect(claimsOf(logged({ field: 'independence', claimId: null, otherId: 'root:abc' }))).toEqual([]);
    expect(() => found(undefined, 'claim', 4)).toThrow(/no claim 4/);
  });
});
