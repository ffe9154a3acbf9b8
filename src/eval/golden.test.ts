import { describe, expect, it } from 'vitest';
import { goldenProblems, MOVED_NOTHING, type GoldenSnapshot } from './golden.js';

const snap = (stages: Array<[string, number, string]>, fixtures = 3): GoldenSnapshot => ({
  stages: stages.map(([id, v]) => `${id}@${v}`).join(' '),
  fixtures,
  outputs: stages.map(([stage, version, hash]) => ({ stage, version, hash })),
});

describe('the stage-version check', () => {
  const committed = snap([
    ['segment', 1, 'a'],
    ['entities', 1, 'b'],
    ['statements', 1, 'c'],
  ]);

  it('passes when nothing changed', () => {
    expect(goldenProblems(committed, committed)).toEqual([]);
  });

  it('fails when a stage output changed and no version moved', () => {
    const now = snap([
      ['segment', 1, 'a'],
      ['entities', 1, 'b'],
      ['statements', 1, 'changed'],
    ]);
    const problems = goldenProblems(committed, now);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(MOVED_NOTHING);
    expect(problems[0]).toContain('statements@1');
  });

  it('accepts later outputs that change when an earlier stage moved, and asks for a new snapshot', () => {
    const now = snap([
      ['segment', 2, 'x'],
      ['entities', 1, 'y'],
      ['statements', 1, 'z'],
    ]);
    const problems = goldenProblems(committed, now);
    expect(problems).toHaveLength(1);
    expect(problems[0]).not.toContain(MOVED_NOTHING);
    expect(problems[0]).toContain('UPDATE_GOLDEN=1');
  });

  it('blames the first stage that changed without moving, even when a later one moved', () => {
    const now = snap([
      ['segment', 1, 'changed'],
      ['entities', 1, 'y'],
      ['statements', 2, 'z'],
    ]);
    expect(goldenProblems(committed, now)[0]).toContain('segment@1');
  });
});
