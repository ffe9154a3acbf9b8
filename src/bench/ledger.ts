import fs from 'node:fs';
import { Ledger } from '../services/ledger.js';
import { searchAll, claimDetail, listClaims } from '../services/query.js';
import { knownArticle } from '../sources/file.js';
import type { LedgerStore } from '../store/port.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { generateArticle, type GeneratedArticle } from './generate.js';

export interface Latency {
  p50: number;
  p95: number;
  n: number;
}

export function percentiles(ms: number[]): Latency {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), n: s.length };
}

async function time<T>(fn: () => Promise<T>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/**
 * The queries a user makes, 200 of each, timed one after another: the claims list under five
 * filters and four pages, one claim among the first `claimRange`, a search for ten words.
 */
export async function timeQueries(
  store: LedgerStore,
  claimRange: number,
): Promise<{ claimsList: Latency; claim: Latency; search: Latency }> {
  const claimsList: number[] = [];
  const claim: number[] = [];
  const search: number[] = [];
  const words = [
    'troops',
    'tentara',
    'floods',
    'banjir',
    'rice prices',
    'harga beras',
    'Surabaya',
    'Medan',
    'denied',
    'membantah',
  ];
  const filters = [{}, { lang: 'id' }, { lang: 'en' }, { stance: 'deny' }, { from: '2024-06-01' }];
  for (let k = 0; k < 200; k++) {
    claimsList.push(
      await time(() => listClaims(store, filters[k % filters.length]!, { limit: 50, offset: (k % 4) * 50 })),
    );
    const id = 1 + Math.floor((((k * 7919) % 1000) / 1000) * claimRange);
    claim.push(await time(() => claimDetail(store, id).catch(() => null)));
    search.push(await time(() => searchAll(store, words[k % words.length]!, 20)));
  }
  return { claimsList: percentiles(claimsList), claim: percentiles(claim), search: percentiles(search) };
}

export interface LedgerBench {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  bytesPerArticle: number;
  claims: number;
  claimsList: Latency;
  claim: Latency;
  search: Latency;
}

/**
 * Adds `n` generated articles to a fresh ledger at `db` (extraction included, one core), then
 * times the queries a user makes: the claims list, one claim, a search.
 */
export async function benchLedger(
  n: number,
  db: string,
  progress: (done: number, rate: number) => void,
  source: (i: number) => GeneratedArticle = (i) => generateArticle(i, 7),
): Promise<
  LedgerBench & {
    textBytes: number;
    copies: number;
    tables: Array<{ name: string; bytesPerArticle: number }>;
  }
> {
  let textBytes = 0;
  for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
  const store = new SqliteStore(db);
  const ledger = new Ledger(store);
  const t0 = process.hrtime.bigint();
  for (let b = 0; b < n; b += 50)
    await ledger.batch(async () => {
      for (let i = b; i < Math.min(n, b + 50); i++) {
        const a = source(i);
        textBytes += Buffer.byteLength(a.text);
        await ledger.add(knownArticle(a));
        if ((i + 1) % 1000 === 0) progress(i + 1, (i + 1) / (Number(process.hrtime.bigint() - t0) / 1e9));
      }
    });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  const size = fs.statSync(db).size;
  const counts = await store.counts();
  const q = await timeQueries(store, Math.min(counts.claims, 5000));
  const copies = Number(
    store.db.prepare('SELECT count(*) FROM articles WHERE copy_of IS NOT NULL').pluck().get(),
  );
  // where the bytes are: each table and index (FTS shadow tables by their own names)
  const tables = (
    store.db
      .prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC')
      .all() as Array<{ name: string; bytes: number }>
  ).map((t) => ({ name: t.name, bytesPerArticle: t.bytes / n }));
  await store.close();
  return {
    articles: n,
    seconds,
    articlesPerSecond: n / seconds,
    bytesPerArticle: size / n,
    claims: counts.claims,
    ...q,
    textBytes,
    copies,
    tables,
  };
}
