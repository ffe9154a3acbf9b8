import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generateArticle } from '../src/bench/generate.js';
import { runCli } from '../src/services/test-support/cli.js';
import type { LedgerStore } from '../src/store/port.js';
import { PgStore } from '../src/store/postgres/store.js';
import { describeWithPg, freshDatabase } from '../src/store/postgres/test-support.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

const MAIN = path.resolve(import.meta.dirname, '../src/services/test-support/cli-main.ts');

function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => void (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => void (err += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })));
}

/** Everything a ledger says about its claims, ids and update times aside. */
async function claimsOf(store: LedgerStore) {
  const { claims } = await store.listClaims({}, { limit: 500, offset: 0 });
  const out = [];
  for (const { updatedAt: _u, id, profile: _p, ...c } of claims) {
    const members = (await store.claimStatements(id)).map((s) => `${s.articleId}:${s.idx}:${s.linkStance}`);
    out.push({ ...c, figures: c.figures.map(({ statementId: _s, ...f }) => f), members: members.sort() });
  }
  return out;
}

const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const d of drops) await d();
});

describeWithPg('workers on a PostgreSQL ledger', (admin) => {
  it('two workers and an add lose nothing, store nothing twice, and make the claims SQLite makes one by one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corr-pgw-'));
    const articles = path.join(dir, 'articles');
    fs.mkdirSync(articles);
    const n = 24;
    // an article twice (same text): stored once
    for (let i = 0; i < n; i++)
      fs.writeFileSync(
        path.join(articles, `${String(i).padStart(2, '0')}.txt`),
        generateArticle(i % 20, 3).text,
      );
    const { url, drop } = await freshDatabase(admin);
    drops.push(drop);

    const workers = [0, 1].map(() => cli(['worker', '--db', url, '--exit-when-idle', '4', '--batch', '2']));
    const add = await cli(['add', articles, '--db', url, '--wait', '--json']);
    expect(add.code, add.err).toBe(0);
    expect(JSON.parse(add.out).summary).toMatchObject({ queued: n, done: n, failedInWorkers: 0 });
    const done = await Promise.all(workers);
    for (const w of done) expect(w.code, w.err).toBe(0);
    // both took a share of the work
    for (const w of done) expect(w.err).toMatch(/added [1-9]/);

    const sqliteFile = path.join(dir, 'one-by-one.db');
    expect((await runCli('add', articles, '--db', sqliteFile)).code).toBe(0);
    const pg = await new PgStore(url).open();
    const lite = new SqliteStore(sqliteFile);
    try {
      const counts = await pg.counts();
      expect(counts).toEqual(await lite.counts());
      expect(counts.articles).toBe(20);
      const claims = await claimsOf(pg);
      expect(claims.length).toBeGreaterThan(5);
      expect(claims.some((c) => c.articles > 1)).toBe(true);
      expect(claims).toEqual(await claimsOf(lite));
    } finally {
      await pg.close();
      await lite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
