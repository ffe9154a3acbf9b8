import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runSoak } from '../src/bench/soak.js';
import { describeWithPg, freshDatabase } from '../src/store/postgres/test-support.js';

const MAIN = path.resolve(import.meta.dirname, '../src/services/test-support/cli-main.ts');
const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const d of drops) await d();
});

// the ten-minute version is `npm run bench -- --only=pg-soak --pg=...`
describeWithPg('two workers, serve and watch on one PostgreSQL ledger', (admin) => {
  it('under a short generated load: no error, no article lost or stored twice, no claim made twice', async () => {
    const { url, drop } = await freshDatabase(admin);
    drops.push(drop);
    const r = await runSoak({
      url,
      cli: (args, env) =>
        spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, ...env },
        }),
      // one round of each part together (the bench runs rounds for minutes): npm test stays short
      rounds: 1,
      perRound: 5,
      posts: 2,
    });
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ rounds: 1, published: 5, posted: 2, articles: 7, claimsDiffer: false });
    expect(r.reads).toBeGreaterThan(10);
    expect(r.claims).toBeGreaterThan(5);
  }, 300_000);
});
