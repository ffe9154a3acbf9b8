import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningApi } from '../api/server.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { Ledger } from './ledger.js';
import { LedgerThread } from './ledger-thread.js';
import { WorkerExtractor } from './worker-extractor.js';

// many short quoted statements, each with a figure and a date: the dense case for extraction
const quoteDense = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `“Kami tidak akan mundur dari rencana ke-${i} ini,” kata Menteri Budi. Harga naik ${i % 90} persen pada 3 Mei 2024.`,
  ).join('\n');

const postText = (url: string, text: string) =>
  fetch(`${url}/api/articles`, {
    method: 'POST',
    headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
    body: JSON.stringify({ text, language: 'id' }),
  });

let extractor: WorkerExtractor | undefined;
let adder: LedgerThread | undefined;
let api: RunningApi | undefined;
let store: SqliteStore | undefined;
afterEach(async () => {
  await api?.close();
  await adder?.stop();
  await extractor?.stop();
  await store?.close();
  api = extractor = store = adder = undefined;
});

describe('WorkerExtractor', () => {
  it('refuses an article over its time budget with a clear error, and reads the next one', async () => {
    extractor = new WorkerExtractor(50);
    await expect(extractor.extract(quoteDense(3000), { lang: 'id' })).rejects.toMatchObject({
      code: 'input_too_large',
      message: expect.stringMatching(/took more than 50 ms to read and was not added/),
    });
    const next = await new WorkerExtractor(60_000).extract('Polisi mengatakan jalan ditutup.', {
      lang: 'id',
    });
    expect(next.statements.length).toBe(1);
  });
});

describe('the server while a large article is read, linked and written', () => {
  it('keeps answering /api/health all through a POST of a large quote-dense text', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-post-'));
    const file = path.join(dir, 'ledger.db');
    store = new SqliteStore(file);
    adder = new LedgerThread(file);
    api = await startServer({ ledger: new Ledger(store), add: adder.add, port: 0, token: 't' });
    // a server that has run a while: its threads are started and their modules loaded
    const warm = await postText(api.url, 'Polisi mengatakan jalan ditutup.');
    expect(warm.status).toBe(201);
    let done = false;
    const post = postText(api.url, quoteDense(3000)).finally(() => (done = true));
    const waits: number[] = [];
    while (!done) {
      const t0 = performance.now();
      expect((await fetch(`${api.url}/api/health`)).status).toBe(200);
      waits.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 20));
    }
    const res = await post;
    expect(res.status).toBe(201);
    const { article } = (await res.json()) as { article: { id: number; statements: number } };
    expect(article.statements).toBeGreaterThan(2000);
    // written by the thread's own connection, read by the server's
    const seen = await fetch(`${api.url}/api/articles/${article.id}`);
    expect(seen.status).toBe(200);
    // the health checks ran all along the reading, linking and writing, none held up by them
    expect(waits.length).toBeGreaterThan(5);
    expect(Math.max(...waits), waits.map(Math.round).join(' ')).toBeLessThan(400);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
