import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { generateArticle } from '../src/bench/generate.js';
import { runCli } from '../src/services/test-support/cli.js';
import { newsArticle } from '../src/services/test-support/articles.js';
import { startNewsServer, type NewsServer } from '../src/services/test-support/news-server.js';

const MAIN = path.resolve(import.meta.dirname, '../src/services/test-support/cli-main.ts');
const TOKEN = 'concurrency-test-token';

function corpus(dir: string, from: number, n: number): void {
  fs.mkdirSync(dir);
  for (let i = from; i < from + n; i++)
    fs.writeFileSync(path.join(dir, `${i}.txt`), generateArticle(i, 7).text);
}

function cli(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; err: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CORROBORATE_TOKEN: TOKEN },
  });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => void (err += c.toString()));
  const done = new Promise<{ code: number | null; err: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, err })),
  );
  return { child, done };
}

let site: NewsServer | undefined;
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  await site?.close();
});

describe('writers on one ledger at once', () => {
  it('two adds, a watcher and a server taking POSTs all finish, and reads keep answering', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corr-conc-'));
    const db = path.join(dir, 'ledger.db');
    corpus(path.join(dir, 'a'), 0, 6);
    corpus(path.join(dir, 'b'), 100, 6);
    const s = (site = await startNewsServer());
    const items = [0, 1, 2].map((i) => {
      s.pages.set(`/n/${i}.html`, newsArticle(3, i).html);
      return { guid: `g${i}`, link: `/n/${i}.html`, title: `item ${i}` };
    });
    s.feed('/feed.xml', 'Kabar Tiga', items);
    expect((await runCli('feeds', 'add', s.url('/feed.xml'), '--db', db)).code).toBe(0);

    const serve = cli(['serve', '--db', db, '--port', '0']);
    children.push(serve.child);
    const origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      serve.child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      serve.child.on('close', () => reject(new Error('serve ended before listening')));
    });

    const writers = [
      cli(['add', path.join(dir, 'a'), '--db', db]),
      cli(['add', path.join(dir, 'b'), '--db', db]),
      cli(['watch', '--once', '--allow-private', '--host-gap', '0', '--db', db]),
    ];
    children.push(...writers.map((w) => w.child));
    let finished = false;
    const all = Promise.all(writers.map((w) => w.done)).finally(() => (finished = true));

    // meanwhile: POSTs to the server, and reads timed
    const posts: number[] = [];
    const reads: number[] = [];
    const body = (i: number) =>
      JSON.stringify({ text: generateArticle(200 + i, 7).text, url: `https://posted.example/${i}` });
    let i = 0;
    while (!finished || i < 4) {
      if (i < 4) {
        const r = await fetch(`${origin}/api/articles`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body: body(i++),
        });
        posts.push(r.status);
      }
      const t0 = performance.now();
      const h = await fetch(`${origin}/api/claims?limit=5`, { headers: { 'cache-control': 'no-cache' } });
      reads.push(performance.now() - t0);
      expect(h.status).toBe(200);
      await new Promise((r) => setTimeout(r, 50));
    }
    const ends = await all;
    serve.child.kill('SIGTERM');
    expect(await serve.done).toMatchObject({ code: 0 });

    for (const e of ends) expect(e, e.err).toMatchObject({ code: 0 });
    expect(posts).toEqual([201, 201, 201, 201]);
    reads.sort((a, b) => a - b);
    // generous on a shared 2-core machine (other tests run beside it); a reader stalled by a
    // busy_timeout waited 5 s
    expect(reads[Math.floor(reads.length * 0.95)]!, reads.join(' ')).toBeLessThan(2500);
    const d = new Database(db, { readonly: true });
    try {
      expect((d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(6 + 6 + 3 + 4);
      expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      d.close();
    }
  }, 90_000);
});
