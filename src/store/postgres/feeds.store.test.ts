import { afterEach } from 'vitest';
import { runFeedStoreContract } from '../test-support/feeds-contract.js';
import { PgFeedStore } from './feeds.store.js';
import { PgStore } from './store.js';
import { describeWithPg, freshDatabase } from './test-support.js';

describeWithPg('PostgreSQL feed store', (admin) => {
  const drops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const drop of drops.splice(0)) await drop();
  });
  runFeedStoreContract('postgres', async () => {
    const { url, drop } = await freshDatabase(admin);
    drops.push(drop);
    const store = await new PgStore(url, { poolSize: 3 }).open();
    return { store, feeds: new PgFeedStore(store) };
  });
});
