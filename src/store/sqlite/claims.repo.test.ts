import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../services/ledger.js';
import { textArticle } from '../../sources/file.js';
import { recomputeClaim } from './claims.repo.js';
import { SqliteStore } from './store.js';

const samples = path.resolve(import.meta.dirname, '..', '..', '..', 'samples');

describe('claim counts', () => {
  it('come out the same linked one statement at a time as rebuilt all at once', async () => {
    const store = new SqliteStore(':memory:');
    const ledger = new Ledger(store);
    const manifest = JSON.parse(fs.readFileSync(path.join(samples, 'manifest.json'), 'utf8')) as Array<{
      file: string;
      language: string;
      published: string;
    }>;
    for (const m of manifest.slice(0, 8))
      await ledger.add({
        ...textArticle(fs.readFileSync(path.join(samples, 'articles', m.file), 'utf8'), m.file),
        language: m.language,
        published: m.published,
      });
    const snapshot = async () => {
      const { claims } = await store.listClaims({}, { limit: 500, offset: 0 });
      return claims.map(({ updatedAt: _, ...c }) => c);
    };
    const incremental = await snapshot();
    expect(incremental.length).toBeGreaterThan(3);
    for (const c of incremental) recomputeClaim(store.db, c.id);
    const rebuilt = await snapshot();
    for (let i = 0; i < rebuilt.length; i++)
      expect(rebuilt[i], `claim ${rebuilt[i]?.id}`).toEqual(incremental[i]);
    await store.close();
  }, 60_000);
});
