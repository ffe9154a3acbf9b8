/**
 * @module Readers while writers work, with real processes on one SQLite ledger: two `add`
 * processes, a `watch --once` over a local feed server and `serve` taking POSTs, while a reader
 * asks the server for the claims list (uncached) every 20 ms. Reports the reader's latency, every
 * exit code, and whether every article arrived exactly once. (The unit test of the same scene,
 * test/concurrency.test.ts, checks correctness only: latency goals live here.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { generateArticle } from './generate.js';
import { percentiles, type Latency } from './ledger.js';

export interface WritersResult {
  seconds: number;
  reads: Latency & { max: number; errors: number; errorSamples: string[] };
  posts: { sent: number; ok: number };
  exitCodes: Record<string, number | null>;
  expected: number;
  stored: number;
  integrity: string;
}

export const TOKEN = 'bench-writers';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A local news site: one RSS feed of `n` items, each an HTML page of a generated article. */
async function feedServer(from: number, n: number) {
  const items = Array.from({ length: n }, (_, k) => generateArticle(from + k, 11));
  const server = http.createServer((req, res) => {
    const m = /^\/n\/(\d+)\.html$/.exec(req.url ?? '');
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench Wire</title>${items
          .map(
            (a, k) =>
              `<item><guid>g${k}</guid><title>${escape(a.title)}</title><link>${origin}/n/${k}.html</link></item>`,
          )
          .join('')}</channel></rss>`,
      );
    } else if (m && items[Number(m[1])]) {
      const a = items[Number(m[1])]!;
      const body = a.text
        .split('\n')
        .filter((p) => p.trim())
        .map((p) => `<p>${escape(p)}</p>`)
        .join('');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="${a.language}"><head><title>${escape(a.title)}</title></head><body><article><h1>${escape(a.title)}</h1>${body}</article></body></html>`,
      );
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** A `corroborate` process with the bench's token; `done` gives its exit code and stderr. */
export function run(bin: string, args: string[]) {
  const child: ChildProcess = spawn(process.execPath, [bin, ...args], {
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

/** Where a `serve` process started by run() listens, once it says so. */
export function serveOrigin(serve: ReturnType<typeof run>): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    serve.child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    void serve.done.then((r) => reject(new Error(`serve ended: ${r.err}`)));
  });
}

export async function benchWriters(root: string, perWriter = 150, posts = 20): Promise<WritersResult> {
  const bin = path.join(root, 'bin', 'corroborate.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corr-bench-writers-'));
  const db = path.join(dir, 'ledger.db');
  for (const [name, from] of [
    ['a', 0],
    ['b', 100_000],
  ] as const) {
    fs.mkdirSync(path.join(dir, name));
    for (let i = from; i < from + perWriter; i++)
      fs.writeFileSync(path.join(dir, name, `${i}.txt`), generateArticle(i, 7).text);
  }
  const site = await feedServer(200_000, Math.round(perWriter / 3));
  const serve = run(bin, ['serve', '--db', db, '--port', '0']);
  try {
    const added = await run(bin, ['feeds', 'add', `${site.origin}/feed.xml`, '--db', db]).done;
    if (added.code !== 0) throw new Error(`feeds add failed: ${added.err}`);
    const origin = await serveOrigin(serve);
    const t0 = performance.now();
    const writers = {
      'add a': run(bin, ['add', path.join(dir, 'a'), '--db', db]),
      'add b': run(bin, ['add', path.join(dir, 'b'), '--db', db]),
      watch: run(bin, ['watch', '--once', '--allow-private', '--host-gap', '0', '--db', db]),
    };
    let finished = false;
    const ends = Promise.all(Object.values(writers).map((w) => w.done)).finally(() => (finished = true));
    const times: number[] = [];
    let readErrors = 0;
    const errorSamples: string[] = [];
    let sent = 0;
    let ok = 0;
    const poster = (async () => {
      for (; sent < posts;) {
        const a = generateArticle(300_000 + sent, 7);
        sent++;
        const r = await fetch(`${origin}/api/articles`, {
          method: 'POST',
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          body: JSON.stringify({ text: a.text, title: a.title, url: `https://posted.example/${sent}` }),
        }).catch(() => null);
        if (r && (r.status === 201 || r.status === 200)) ok++;
        await new Promise((r) => setTimeout(r, 200));
      }
    })();
    while (!finished || sent < posts) {
      const t = performance.now();
      const r = await fetch(`${origin}/api/claims?limit=20`, {
        headers: { 'cache-control': 'no-cache' },
      }).catch(() => null);
      times.push(performance.now() - t);
      if (!r || r.status !== 200) {
        readErrors++;
        if (errorSamples.length < 3) errorSamples.push(r ? `${r.status} ${await r.text()}` : 'no answer');
      } else await r.arrayBuffer();
      await new Promise((r) => setTimeout(r, 20));
    }
    const codes = await ends;
    await poster;
    const seconds = (performance.now() - t0) / 1000;
    const exitCodes = Object.fromEntries(Object.keys(writers).map((k, i) => [k, codes[i]!.code]));
    const d = new Database(db, { readonly: true });
    let stored = 0;
    let integrity = '';
    try {
      stored = (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
      integrity = String(d.pragma('integrity_check', { simple: true }));
    } finally {
      d.close();
    }
    return {
      seconds,
      reads: { ...percentiles(times), max: Math.max(...times), errors: readErrors, errorSamples },
      posts: { sent, ok },
      exitCodes,
      expected: 2 * perWriter + Math.round(perWriter / 3) + posts,
      stored,
      integrity,
    };
  } finally {
    serve.child.kill('SIGTERM');
    await serve.done;
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
