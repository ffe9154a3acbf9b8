import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../services/ledger.js';
import { textArticle } from '../../sources/file.js';
import { SqliteStore } from './store.js';

// three short reports of one event, in our own words, each a different text
const REPORTS = [
  'The health ministry said 40 people were injured in the floods in Surabaya on Monday.',
  'Officials at the health ministry said 45 people were injured by floods in Surabaya.',
  'The health ministry denied that anyone died in the Surabaya floods, a spokesman said.',
];
const CONCEPTS = ['place:surabaya:ID', 'at:place:surabaya:ID', 'd:injured', 't:flood', 'u:people'];

/** What linking would read: the candidates of the concepts the reports share, and their profiles. */
async function reading(store: SqliteStore) {
  const ids = await store.claimCandidateIds(CONCEPTS, 12);
  const all = store.db.prepare('SELECT id FROM claims ORDER BY id').pluck().all() as number[];
  return { ids, profiles: await store.claimProfiles(all) };
}

describe("linking's reads kept between articles", () => {
  it('answer what a connection without them answers, after its own adds, another process and a rollback', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corr-cache-')), 'ledger.db');
    const a = new SqliteStore(file);
    const b = new SqliteStore(file);
    const fresh = async () => {
      const s = new SqliteStore(file);
      try {
        return await reading(s);
      } finally {
        await s.close();
      }
    };
    try {
      await new Ledger(a).add(textArticle(REPORTS[0]!, null), { lang: 'en' });
      await reading(a);
      // its own add: the claims it linked are read again
      await new Ledger(a).add(textArticle(REPORTS[1]!, null), { lang: 'en' });
      expect(await reading(a)).toEqual(await fresh());
      // another process adds: its data_version moves
      await new Ledger(b).add(textArticle(REPORTS[2]!, null), { lang: 'en' });
      expect(await reading(a)).toEqual(await fresh());
      // a batch that reads what it wrote, then rolls back
      const before = await reading(a);
      await expect(
        a.batch(async () => {
          await new Ledger(a).add(
            textArticle(`${REPORTS[0]} Rescue teams said more rain is expected.`, null),
            {
              lang: 'en',
            },
          );
          await reading(a);
          throw new Error('undone');
        }),
      ).rejects.toThrow('undone');
      expect(await reading(a)).toEqual(before);
      expect(before).toEqual(await fresh());
      expect(before.profiles.length).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
