import { describe, expect, it } from 'vitest';
import { generateArticle } from '../bench/generate.js';
import { textArticle } from '../sources/file.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { Ledger } from './ledger.js';
import { addInParallel } from './parallel-add.js';

const items = Array.from({ length: 10 }, (_, i) => generateArticle(i % 8, 5));

async function fill(threads: number) {
  const store = new SqliteStore(':memory:');
  const outcomes: string[] = [];
  await addInParallel(
    new Ledger(store),
    items,
    async (g) => ({ article: { ...textArticle(g.text, null), published: g.published } }),
    (_g, i, out) => outcomes.push(`${i}:${'result' in out ? out.result.created : 'error'}`),
    threads,
  );
  const { claims } = await store.listClaims({}, { limit: 500, offset: 0 });
  const counts = await store.counts();
  await store.close();
  return { outcomes, counts, claims: claims.map(({ updatedAt: _, ...c }) => c) };
}

describe('adding with extraction threads', () => {
  it('reports every article in order and leaves the ledger as adding them one by one does', async () => {
    const threaded = await fill(2);
    const alone = await fill(0);
    expect(threaded.outcomes).toEqual(alone.outcomes);
    // two of the ten repeat an earlier text: reported, not stored twice
    expect(threaded.outcomes.filter((o) => o.endsWith('false'))).toHaveLength(2);
    expect(threaded.counts).toEqual(alone.counts);
    expect(threaded.claims).toEqual(alone.claims);
  }, 60_000);
});
