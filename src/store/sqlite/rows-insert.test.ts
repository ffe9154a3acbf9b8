import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertRows } from './rows-insert.js';

describe('insertRows', () => {
  it('writes every row in order, in statements of a few fixed sizes, and returns what RETURNING gives', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER NOT NULL)');
    const rows = Array.from({ length: 45 }, (_, i) => [`k${i % 40}`, 1]);
    const back = insertRows(
      db,
      'INSERT INTO t (k, n)',
      rows,
      'ON CONFLICT (k) DO UPDATE SET n = n + excluded.n RETURNING k, n',
    ) as Array<{ k: string; n: number }>;
    expect(back).toHaveLength(45);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(40);
    // the five keys met twice were counted twice, the later row seeing the earlier
    expect(db.prepare('SELECT k FROM t WHERE n = 2 ORDER BY k').pluck().all()).toEqual([
      'k0',
      'k1',
      'k2',
      'k3',
      'k4',
    ]);
    expect(insertRows(db, 'INSERT INTO t (k, n)', [])).toEqual([]);
    db.close();
  });
});
