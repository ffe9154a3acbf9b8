import { afterEach, describe, expect, it } from 'vitest';
import { runFeedStoreContract } from '../test-support/feeds-contract.js';
import { MIGRATIONS } from './migrations.js';
import { feedStoreOf, SqliteFeedStore } from './feeds.store.js';
import { SqliteStore } from './store.js';

let store: SqliteStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const open = () => {
  store = new SqliteStore(':memory:');
  return new SqliteFeedStore(store.db);
};

describe('the SQLite feed store', () => {
  it('is one more migration of the ledger file', () => {
    open();
    expect(
      (store!.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string })
        .value,
    ).toBe(String(MIGRATIONS.length));
    expect(feedStoreOf(store!)).toBeInstanceOf(SqliteFeedStore);
  });
});

runFeedStoreContract('sqlite', async () => {
  const s = new SqliteStore(':memory:');
  return { store: s, feeds: new SqliteFeedStore(s.db) };
});
