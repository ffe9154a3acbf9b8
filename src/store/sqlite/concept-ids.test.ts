import { describe, expect, it } from 'vitest';
import { conceptIds } from './concept-ids.js';
import { forget } from './read-cache.js';
import { SqliteStore } from './store.js';

describe('concept numbers', () => {
  it('are given once per concept and found again, and unknown concepts have none', async () => {
    const s = new SqliteStore(':memory:');
    const first = conceptIds(s.db, ['country:KP', 'p:presence', 'country:KP'], true);
    expect(first.size).toBe(2);
    expect(conceptIds(s.db, ['p:presence', 't:troops'])).toEqual(
      new Map([['p:presence', first.get('p:presence')]]),
    );
    await s.close();
  });

  it('taken back by a rollback are not reused for another concept', async () => {
    const s = new SqliteStore(':memory:');
    s.db.exec('BEGIN');
    const gone = conceptIds(s.db, ['country:RU'], true).get('country:RU')!;
    s.db.exec('ROLLBACK');
    forget(s.db);
    const other = conceptIds(s.db, ['country:UA'], true).get('country:UA')!;
    expect(other).toBe(gone);
    expect(conceptIds(s.db, ['country:RU']).has('country:RU')).toBe(false);
    expect(conceptIds(s.db, ['country:UA']).get('country:UA')).toBe(other);
    await s.close();
  });
});
