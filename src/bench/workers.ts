import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ledger } from '../services/ledger.js';
import { addInParallel, defaultThreads } from '../services/parallel-add.js';
import { textArticle, type RawArticle } from '../sources/file.js';
import { freshDatabase } from '../store/postgres/admin.js';
import { enqueue, finished, startQueue } from '../store/postgres/queue.js';
import { PgStore } from '../store/postgres/store.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { generateArticle } from './generate.js';

export interface IngestRun {
  backend: 'sqlite' | 'postgres';
  /** "one process" or "N threads" / "N worker processes" */
  how: string;
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** the rate of one of the parallel extractors: what one more core or machine adds */
  perWorker: number;
}

const articles = (n: number): RawArticle[] =>
  Array.from({ length: n }, (_, i) => {
    const a = generateArticle(i, 11);
    return {
      ...textArticle(a.text, null),
      url: a.url,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      language: a.language,
    };
  });

const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function oneByOne(ledger: Ledger, items: RawArticle[]): Promise<number> {
  const t0 = process.hrtime.bigint();
  for (const a of items) await ledger.add(a);
  return seconds(t0);
}

/** SQLite: one process extracting in its own thread vs extraction threads on every core. */
export async function benchSqliteIngest(n: number): Promise<IngestRun[]> {
  const items = articles(n);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corr-bench-ingest-'));
  const runs: IngestRun[] = [];
  try {
    const one = new SqliteStore(path.join(dir, 'one.db'));
    const s1 = await oneByOne(new Ledger(one), items);
    await one.close();
    runs.push({
      backend: 'sqlite',
      how: 'one process',
      articles: n,
      seconds: s1,
      articlesPerSecond: n / s1,
      perWorker: n / s1,
    });
    const threads = Math.max(2, defaultThreads());
    const many = new SqliteStore(path.join(dir, 'threads.db'));
    const t0 = process.hrtime.bigint();
    await addInParallel(
      new Ledger(many),
      items,
      async (article) => ({ article }),
      () => undefined,
      threads,
    );
    const s2 = seconds(t0);
    await many.close();
    runs.push({
      backend: 'sqlite',
      how: `${threads} extraction threads, one writer`,
      articles: n,
      seconds: s2,
      articlesPerSecond: n / s2,
      perWorker: n / s2 / threads,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return runs;
}

/**
 * PostgreSQL: one process adding the articles itself vs `workers` worker processes taking them
 * from the queue (timed from the workers' start until the last job is done, start-up included).
 */
export async function benchPostgresIngest(root: string, adminUrl: string, n: number, workers: number) {
  const items = articles(n);
  const runs: IngestRun[] = [];
  const a = await freshDatabase(adminUrl, 'corr_bench');
  try {
    const store = await new PgStore(a.url).open();
    const s1 = await oneByOne(new Ledger(store), items);
    await store.close();
    runs.push({
      backend: 'postgres',
      how: 'one process',
      articles: n,
      seconds: s1,
      articlesPerSecond: n / s1,
      perWorker: n / s1,
    });
  } finally {
    await a.drop();
  }
  const b = await freshDatabase(adminUrl, 'corr_bench');
  try {
    const store = await new PgStore(b.url).open();
    const boss = await startQueue(b.url);
    const ids = await enqueue(
      store,
      boss,
      items.map((article) => ({ article })),
    );
    const bin = path.join(root, 'bin', 'corroborate.js');
    const t0 = process.hrtime.bigint();
    const procs = Array.from({ length: workers }, () =>
      spawn(process.execPath, [bin, 'worker', '--db', b.url, '--exit-when-idle', '1', '--batch', '4'], {
        stdio: 'ignore',
      }),
    );
    const exited = procs.map((p) => new Promise((r) => p.on('close', r)));
    while ((await finished(store, ids)).done < ids.length) await sleep(100);
    const s2 = seconds(t0);
    await Promise.all(exited);
    await boss.stop({ graceful: false, wait: true });
    await store.close();
    runs.push({
      backend: 'postgres',
      how: `${workers} worker processes`,
      articles: n,
      seconds: s2,
      articlesPerSecond: n / s2,
      perWorker: n / s2 / workers,
    });
  } finally {
    await b.drop();
  }
  return runs;
}
