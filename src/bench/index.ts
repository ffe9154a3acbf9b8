/**
 * @module Benchmarks (`npm run bench`): extraction throughput on one core, ledger ingest and
 * query latency at scale, and the HTTP API under load. Goals live here, never in unit tests.
 *   npm run bench                      all of it (100,000 articles into the ledger)
 *   npm run bench -- --articles=5000   a smaller ledger
 *   npm run bench -- --only=extract    one part: extract | ledger | api | writers
 */
import os from 'node:os';
import path from 'node:path';
import { benchApi } from './api.js';
import { benchCorpus, benchExtract } from './extract.js';
import { benchLedger } from './ledger.js';
import { benchWriters } from './writers.js';

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
  if (!only || only === 'writers') {
    const r = await benchWriters(root, Number(arg(args, 'per-writer') ?? 150));
    out(
      `writers: two adds, a watch and serve taking ${r.posts.sent} POSTs on one SQLite ledger for ${r.seconds.toFixed(0)} s (real processes)\n`,
    );
    out(
      `  reader (claims list, uncached, every 20 ms): ${r.reads.n} reads, p50 ${ms(r.reads.p50)}, p95 ${ms(r.reads.p95)} (goal < 100 ms), max ${ms(r.reads.max)}, ${r.reads.errors} errors${r.reads.errorSamples.map((e) => `\n    ${e.slice(0, 200)}`).join('')}\n`,
    );
    out(
      `  exit codes ${JSON.stringify(r.exitCodes)}; POSTs ${r.posts.ok}/${r.posts.sent} accepted; articles stored ${r.stored} of ${r.expected} sent; integrity ${r.integrity}\n`,
    );
  }
  if (!only || only === 'api') {
    const seconds = Number(arg(args, 'seconds') ?? 10);
    for (const r of await benchApi(db, seconds))
      out(
        `api ${r.path} (${r.connections} connection${r.connections > 1 ? 's' : ''}, ${r.uncached ? 'uncached' : 'cached'}): ${r.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(r.p50)}, p95 ${ms(r.p95)} (goal p95 <= 50 ms), ${r.errors} errors\n`,
      );
  }
}
