import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PgStore } from '../src/store/postgres/store.js';
import { describeWithPg, freshDatabase } from '../src/store/postgres/test-support.js';

const MAIN = path.resolve(import.meta.dirname, '../src/services/test-support/cli-main.ts');
const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const d of drops) await d();
});

describeWithPg('serve --workers over PostgreSQL', (admin) => {
  it('answers from two processes, queues a POSTed article for a worker, and stops them all', async () => {
    const { url, drop } = await freshDatabase(admin);
    drops.push(drop);
    await (await new PgStore(url).open()).close();
    const serve = spawn(
      process.execPath,
      ['--import', 'tsx', MAIN, 'serve', '--db', url, '--port', '0', '--workers', '2'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, CORROBORATE_TOKEN: 'tok' },
      },
    );
    const exited = new Promise<number | null>((r) => serve.on('close', (code) => r(code)));
    try {
      const origin = await new Promise<string>((resolve) => {
        let out = '';
        serve.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /at (http:\/\/\S+) with 2 processes/.exec(out);
          if (m) resolve(m[1]!);
        });
      });
      const health = await Promise.all(
        [1, 2, 3, 4].map(async () => (await fetch(`${origin}/api/health`)).status),
      );
      expect(health).toEqual([200, 200, 200, 200]);
      const post = await fetch(`${origin}/api/articles`, {
        method: 'POST',
        headers: { authorization: 'Bearer tok', 'content-type': 'application/json' },
        body: JSON.stringify({
          text: 'Menteri Budi Santoso mengatakan bahwa harga beras naik 10 persen.',
          language: 'id',
        }),
      });
      expect(post.status).toBe(202);
      expect((await post.json()) as object).toMatchObject({
        queued: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
      const worker = spawn(
        process.execPath,
        ['--import', 'tsx', MAIN, 'worker', '--db', url, '--exit-when-idle', '2'],
        {
          stdio: 'ignore',
        },
      );
      await new Promise((r) => worker.on('close', r));
      const total = ((await (await fetch(`${origin}/api/articles`)).json()) as { total: number }).total;
      expect(total).toBe(1);
      // a claim and an article read as on SQLite (no corrections on this ledger yet)
      for (const p of ['/api/claims/1', '/api/articles/1', '/api/search?q=beras'])
        expect((await fetch(`${origin}${p}`)).status, p).toBe(200);
    } finally {
      serve.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
