import { afterEach } from 'vitest';
import { runStoreContract } from '../test-support/contract.js';
import { PgStore } from './store.js';
import { describeWithPg, freshDatabase } from './test-support.js';

describeWithPg('PostgreSQL ledger', (admin) => {
  const drops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const drop of drops.splice(0)) await drop();
  });
  runStoreContract('postgres', async () => {
    const { url, drop } = await freshDatabase(admin);
    drops.push(drop);
    return new PgStore(url, { poolSize: 4 }).open();
  });
});
