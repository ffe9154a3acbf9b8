import { describe, expect, it } from 'vitest';
import { tally, type TallyRow } from './claim-tally.js';

const row = (over: Partial<TallyRow>): TallyRow => ({
  statementId: 1,
  stance: 'assert',
  saidOn: '2024-10-20',
  speakerName: 'Kim',
  speakerEntity: null,
  root: { key: 'country:KR', name: 'South Korea' },
  affiliation: { key: 'country:KR', name: 'South Korea' },
  language: 'en',
  articleId: 1,
  figures: [],
  ...over,
});
const fig = (value: number) => ({ value, qualifier: 'exact', unit: 'troops', planned: false });

describe('tally', () => {
  it('counts a root only for an assertion and one government once', () => {
    const t = tally([
      row({ statementId: 1 }),
      row({ statementId: 2, speakerName: 'Lee' }),
      row({ statementId: 3, stance: 'deny', root: { key: 'country:RU', name: 'Russia' } }),
    ]);
    expect(t.keys.root.size).toBe(1);
    expect(t.keys.speaker.size).toBe(2);
    expect(t.stances).toMatchObject({ assert: 2, deny: 1 });
  });

  it('keeps each figure once, from the earliest statement, and none from a denial', () => {
    const t = tally([
      row({ statementId: 5, saidOn: '2024-10-25', figures: [fig(3000)] }),
      row({ statementId: 6, saidOn: '2024-10-23', figures: [fig(3000), fig(1500)] }),
      row({ statementId: 7, stance: 'deny', saidOn: '2024-10-22', figures: [fig(99)] }),
    ]);
    expect(t.figures.map((f) => [f.value, f.statementId])).toEqual([
      [3000, 6],
      [1500, 6],
    ]);
    expect([t.firstSeen, t.lastSeen]).toEqual(['2024-10-22', '2024-10-25']);
  });
});
