/**
 * @module Benchmarks (`npm run bench`): extraction throughput on one core, ledger ingest and
 * query latency at scale, and the HTTP API under load. Goals live here, never in unit tests.
 *   npm run bench                      all of it (100,000 articles into the ledger)
 *   npm run bench -- --articles=5000   a smaller ledger
 *   npm run bench -- --only=extract    one part: extract | ledger | api | workers | pg-read
 *   npm run bench -- --pg=postgres://user@host/postgres   also the PostgreSQL parts (a server
 *                                      where databases may be created; or CORROBORATE_BENCH_PG)
 *   --ingest=3000 articles for the ingest comparison; --base=2000 --times=50 the PostgreSQL
 *   ledger for read latency (base articles extracted, then copied `times` over)
 */
import os from 'node:os';
import path from 'node:path';
import { benchApi } from './api.js';
import { benchCorpus, benchExtract } from './extract.js';
import { benchLedger } from './ledger.js';
import { benchPgRead } from './pg-read.js';
import { benchPostgresIngest, benchSqliteIngest, type IngestRun } from './workers.js';
import { freshDatabase } from '../store/postgres/admin.js';

const arg = (args: string[], name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

export async function runBench(root: string, out: (s: string) => void, args: string[]): Promise<void> {
  const only = arg(args, 'only');
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  if (!only || only === 'extract') {
    const mb = Number(arg(args, 'mb') ?? 10);
    for (const shape of ['news', 'short'] as const) {
      const r = benchExtract(benchCorpus(root, mb, shape));
      const what = shape === 'news' ? 'news-length articles (~4-5 KB)' : 'short fixture articles as written';
      out(
        `extract, ${what}: ${r.articles} articles, ${r.megabytes.toFixed(1)} MB of text in ${r.seconds.toFixed(1)} s on one core (median of 3 rounds)\n`,
      );
      out(
        `  ${r.articlesPerSecond.toFixed(0)} articles/s, ${r.megabytesPerSecond.toFixed(2)} MB/s (goal >= 2, aim 5), peak RSS ${r.peakRssMb.toFixed(0)} MB, ${r.statements} statements\n`,
      );
    }
  }
  const db = arg(args, 'db') ?? path.join(os.tmpdir(), 'corroborate-bench.db');
  if (!only || only === 'ledger') {
    const n = Number(arg(args, 'articles') ?? 100_000);
    const r = await benchLedger(n, db, (done, rate) =>
      process.stderr.write(`\r  ledger: ${done}/${n} articles, ${rate.toFixed(0)}/s`),
    );
    process.stderr.write('\n');
    out(
      `ledger: ${r.articles} generated articles added in ${r.seconds.toFixed(0)} s: ${r.articlesPerSecond.toFixed(0)} articles/s on one core, extraction included (goal >= 200)\n`,
    );
    out(`  ${r.claims} claims; ${(r.bytesPerArticle / 1024).toFixed(1)} KB of database per article\n`);
    out(
      `  claims list p50 ${ms(r.claimsList.p50)} p95 ${ms(r.claimsList.p95)}; claim p50 ${ms(r.claim.p50)} p95 ${ms(r.claim.p95)}; search p50 ${ms(r.search.p50)} p95 ${ms(r.search.p95)} (goal p95 <= 50 ms)\n`,
    );
  }
  const pg = arg(args, 'pg') ?? process.env.CORROBORATE_BENCH_PG;
  const ingestLine = (r: IngestRun, base: number) =>
    `ingest ${r.backend}, ${r.how}: ${r.articles} articles in ${r.seconds.toFixed(1)} s, ${r.articlesPerSecond.toFixed(0)} articles/s (${(r.articlesPerSecond / base).toFixed(2)}x one process; ${r.perWorker.toFixed(0)}/s per extractor)\n`;
  if (!only || only === 'workers') {
    const n = Number(arg(args, 'ingest') ?? 3000);
    const runs = await benchSqliteIngest(n);
    if (pg) runs.push(...(await benchPostgresIngest(root, pg, n, Math.max(2, os.availableParallelism()))));
    for (const r of runs)
      out(
        ingestLine(
          r,
          runs.find((x) => x.backend === r.backend && x.how === 'one process')!.articlesPerSecond,
        ),
      );
    out(
      `  (goal with workers >= 1.8x one process; ${os.availableParallelism()} cores, shared machine: noisy)\n`,
    );
  }
  if (pg && (!only || only === 'pg-read')) {
    const base = Number(arg(args, 'base') ?? 2000);
    const times = Number(arg(args, 'times') ?? 50);
    const d = await freshDatabase(pg, 'corr_bench');
    try {
      const r = await benchPgRead(root, d.url, base, times, Number(arg(args, 'seconds') ?? 5));
      out(
        `postgres ledger: ${r.articles} articles (${base} extracted, copied ${times}x), ${r.claims} claims, built in ${r.buildSeconds.toFixed(0)} s\n`,
      );
      out(
        `  1 connection in-process: claims list p50 ${ms(r.claimsList.p50)} p95 ${ms(r.claimsList.p95)}; claim p50 ${ms(r.claim.p50)} p95 ${ms(r.claim.p95)}; search p50 ${ms(r.search.p50)} p95 ${ms(r.search.p95)} (goal p95 <= 20 ms)\n`,
      );
      for (const a of r.api)
        out(
          `  api serve --workers 2 ${a.path} (${a.connections} connection${a.connections > 1 ? 's' : ''}, uncached): ${a.rps.toFixed(0)} req/s, p50 ${ms(a.p50)}, p95 ${ms(a.p95)} (goal p95 <= ${a.connections > 1 ? 50 : 20} ms), ${a.errors} errors\n`,
        );
    } finally {
      await d.drop();
    }
  }
  if (!only || only === 'api') {
    const seconds = Number(arg(args, 'seconds') ?? 10);
    for (const r of await benchApi(db, seconds))
      out(
        `api ${r.path} (${r.connections} connection${r.connections > 1 ? 's' : ''}, ${r.uncached ? 'uncached' : 'cached'}): ${r.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(r.p50)}, p95 ${ms(r.p95)} (goal p95 <= 50 ms), ${r.errors} errors\n`,
      );
  }
}
