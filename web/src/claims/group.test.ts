import { describe, expect, it } from 'vitest';
import type { ClaimStatement } from '../api/types.js';
import { collapseCopies, groupStatements } from './group.js';

let nextId = 1;
function statement(
  speaker: string,
  affiliation: string | null,
  extra: Partial<ClaimStatement> = {},
): ClaimStatement {
  return {
    id: nextId++,
    articleId: 1,
    articleTitle: null,
    outlet: 'Global Wire',
    published: '2024-10-28',
    saidOn: '2024-10-28',
    language: 'en',
    speaker: { name: speaker, kind: 'person', role: null, entityId: null, affiliation, implied: false },
    cue: 'said',
    direct: false,
    stance: 'assert',
    certainty: 'high',
    content: `${speaker} says so`,
    span: { start: 0, end: 1 },
    citedSource: null,
    link: { reason: 'test', matched: [], score: 1 },
    copyGroup: nextId,
    ...extra,
  };
}
const affiliations = [
  { id: 'country:US', name: 'United States' },
  { id: 'country:KR', name: 'South Korea' },
];

describe("grouping a claim's statements", () => {
  it('groups by affiliation, most statements first, then by speaker', () => {
    const groups = groupStatements(
      [
        statement('National Intelligence Service', 'country:KR'),
        statement('John Kirby', 'country:US'),
        statement('Lloyd Austin', 'country:US'),
        statement('John Kirby', 'country:US', { content: 'another thing' }),
      ],
      affiliations,
    );
    expect(groups.map((g) => [g.name, g.statements])).toEqual([
      ['United States', 3],
      ['South Korea', 1],
    ]);
    expect(groups[0]!.speakers.map((s) => [s.name, s.entries.length])).toEqual([
      ['John Kirby', 2],
      ['Lloyd Austin', 1],
    ]);
  });

  it('puts speakers without an affiliation last, under no name', () => {
    const groups = groupStatements(
      [statement('an analyst', null), statement('a', 'country:KR'), statement('b', 'country:KR')],
      affiliations,
    );
    expect(groups.map((g) => g.id)).toEqual(['country:KR', null]);
    expect(groups[1]!.name).toBeNull();
  });

  it('names an affiliation the claim summary does not list by its id', () => {
    expect(groupStatements([statement('NATO spokesperson', 'org:nato')], affiliations)[0]!.name).toBe(
      'org:nato',
    );
  });

  it('keeps one speaker with an entity id together under different spellings', () => {
    const a = statement('Badan Intelijen Nasional', 'country:KR', {
      speaker: {
        name: 'Badan Intelijen Nasional',
        kind: 'government',
        role: null,
        entityId: 'org:nis',
        affiliation: 'country:KR',
        implied: false,
      },
    });
    const b = statement('NIS', 'country:KR', {
      speaker: {
        name: 'NIS',
        kind: 'government',
        role: null,
        entityId: 'org:nis',
        affiliation: 'country:KR',
        implied: false,
      },
    });
    expect(groupStatements([a, b], affiliations)[0]!.speakers).toHaveLength(1);
  });

  it('shows copies of one wire story once, listing the copies, oldest first', () => {
    const original = statement('Lloyd Austin', 'country:US', {
      copyGroup: 7,
      articleId: 2,
      published: '2024-10-28',
    });
    const copy = statement('Lloyd Austin', 'country:US', {
      copyGroup: 7,
      articleId: 3,
      published: '2024-10-29',
    });
    const other = statement('Lloyd Austin', 'country:US', { copyGroup: 9, articleId: 4 });
    const entries = collapseCopies([copy, original, other]);
    expect(entries.map((e) => [e.statement.articleId, e.copies.map((c) => c.articleId)])).toEqual([
      [2, [3]],
      [4, []],
    ]);
    expect(groupStatements([copy, original], affiliations)[0]!.statements).toBe(1);
  });
});
