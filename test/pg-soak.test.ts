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
      // two rounds: the second finds the first's feeds due again and its claims to link to
      rounds: 2,
      perRound: 5,
      posts: 2,
    });
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ rounds: 2, published: 10, posted: 4, articles: 14, claimsDiffer: false });
    expect(r.reads).toBeGreaterThan(10);
    expect(r.claims).toBeGreaterThan(5);
  }, 300_000);
});
