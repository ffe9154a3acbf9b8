/**
 * @module Benchmarks (`npm run bench`): extraction throughput on one core, ledger ingest and
 * query latency at scale, and the HTTP API under load. Goals live here, never in unit tests.
 *   npm run bench                      all of it (100,000 articles into the ledger)
 *   npm run bench -- --articles=5000   a smaller ledger
 *   npm run bench -- --only=extract    one part: extract | sizes | process | ledger | ingest | api | writers | post | workers | pg-read
 *   npm run bench -- --only=post --post-chars=2200000   a huge POST to `serve` while /api/health is asked
 *   npm run bench -- --only=pg-soak --pg=URL [--soak-minutes=10]   two workers, serve and watch on
 *                                      one PostgreSQL ledger under generated load (only when named)
 *   npm run bench -- --only=sizes --langs=en,id,de   MB/s at 1 KB .. 1 MB (default en,id; "all")
 *   npm run bench -- --only=process --huge-mb=9.5    whole processes: start-up, a huge text
 *   npm run bench -- --pg=postgres://user@host/postgres   also the PostgreSQL parts (a server
 *                                      where databases may be created; or CORROBORATE_BENCH_PG)
 *   --ingest=3000 articles for the ingest comparison; --base=2000 --times=50 the PostgreSQL
 *   ledger for read latency (base articles extracted, then copied `times` over)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchApi } from './api.js';
import { listFixtures } from '../eval/fixtures.js';
import { benchCorpus, benchExtract } from './extract.js';
import { benchLedger } from './ledger.js';
import { newsCorpus } from './news-corpus.js';
import { benchProcess, quoteDenseText } from './process.js';
import { benchSizes, SIZES } from './sizes.js';
import { benchWriters } from './writers.js';
import { benchHugePost } from './huge-post.js';
import { benchPgRead } from './pg-read.js';
import { runSoak } from './soak.js';
import { benchPostgresIngest, benchSqliteIngest, type IngestRun } from './workers.js';
import { freshDatabase } from '../store/postgres/admin.js';

const listLanguages = (root: string): string[] =>
  listFixtures(path.join(root, 'fixtures')).map((f) => f.lang);

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
  if (!only || only === 'sizes') {
    const all = [...new Set(listLanguages(root))];
    const langs = arg(args, 'langs') === 'all' ? all : (arg(args, 'langs') ?? 'en,id').split(',');
    const kb = (b: number) => (b >= 1048576 ? `${b / 1048576} MB` : `${b / 1024} KB`);
    out(
      `extract by length, language given, CPU time (MB/s at ${SIZES.map(kb).join(', ')}; time per KB at 1 MB / at 10 KB)\n`,
    );
    for (const r of benchSizes(root, langs))
      out(
        `  ${r.lang}: ${r.megabytesPerSecond.map((x) => x.toFixed(2)).join(' / ')} MB/s; 1 MB/10 KB ${r.ratio1MbTo10Kb.toFixed(2)} (goal >= 5 MB/s, ratio <= 1.3)\n`,
      );
  }
  if (!only || only === 'process') {
    const small = path.join(root, 'fixtures', 'en', 'according-record-owner', 'input.txt');
    const s = benchProcess(root, ['extract', small, '--json']);
    out(
      `one \`corroborate extract FILE.txt --json\` (${fs.statSync(small).size} bytes) as a whole process: ${s.seconds.toFixed(2)} s wall, ${s.cpuSeconds.toFixed(2)} s CPU, peak RSS ${s.peakRssMb.toFixed(0)} MB (goal <= 0.25 s, <= 120 MB)\n`,
    );
    const mb = Number(arg(args, 'huge-mb') ?? 9.5);
    const huge = path.join(os.tmpdir(), `corroborate-bench-huge-${process.pid}.txt`);
    fs.writeFileSync(huge, quoteDenseText(mb * 1048576));
    try {
      const h = benchProcess(root, ['extract', huge, '--json', '--lang', 'en'], 1);
      out(
        `one \`corroborate extract\` of a ${mb} MB quote-dense text: ${h.seconds.toFixed(1)} s wall, ${h.cpuSeconds.toFixed(1)} s CPU, peak RSS ${h.peakRssMb.toFixed(0)} MB, exit ${h.exitCode} (goal < 20 s, < 600 MB)\n`,
      );
    } finally {
      fs.rmSync(huge, { force: true });
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
  if (!only || only === 'ingest') {
    // distinct news-length articles (3-8 KB) into a fresh ledger: what a day of real coverage costs
    const n = Number(arg(args, 'news-articles') ?? 2000);
    const file = path.join(os.tmpdir(), 'corroborate-bench-news.db');
    const r = await benchLedger(
      n,
      file,
      (done, rate) => process.stderr.write(`\r  ingest: ${done}/${n} articles, ${rate.toFixed(0)}/s`),
      newsCorpus(root),
    );
    process.stderr.write('\n');
    out(
      `ingest, distinct news-length articles (${(r.textBytes / n / 1024).toFixed(1)} KB of text each): ${n} in ${r.seconds.toFixed(0)} s: ${r.articlesPerSecond.toFixed(0)} articles/s on one core, extraction included (goal >= 400)\n`,
    );
    out(
      `  ${(r.bytesPerArticle / 1024).toFixed(1)} KB of database per article (goal <= 20); ${r.claims} claims; ${r.copies} taken as near-copies\n`,
    );
    out(
      `  claims list p95 ${ms(r.claimsList.p95)}; claim p95 ${ms(r.claim.p95)}; search p95 ${ms(r.search.p95)} (goal <= 15 ms)\n`,
    );
    out(
      `  KB per article by table and index: ${r.tables
        .filter((t) => t.bytesPerArticle >= 200)
        .map((t) => `${t.name} ${(t.bytesPerArticle / 1024).toFixed(1)}`)
        .join(', ')}\n`,
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
  if (!only || only === 'post') {
    const r = await benchHugePost(root, Number(arg(args, 'post-chars') ?? 2_200_000));
    out(
      `post: one POST of a ${r.chars.toLocaleString('en')}-character quote-dense text to \`serve\` (SQLite): HTTP ${r.status} after ${r.seconds.toFixed(1)} s${r.status >= 300 ? ` (${r.answer})` : ''}\n`,
    );
    out(
      `  /api/health every 50 ms meanwhile: ${r.health.n} answers, p50 ${ms(r.health.p50)}, p95 ${ms(r.health.p95)}, max ${ms(r.health.max)}, ${r.health.errors} errors (goal: never stalled)\n`,
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
  // the ten-minute acceptance run of issue 13; only when asked for (it takes --soak-minutes)
  if (pg && only === 'pg-soak') {
    const minutes = Number(arg(args, 'soak-minutes') ?? 10);
    const d = await freshDatabase(pg, 'corr_soak');
    try {
      const bin = path.join(root, 'bin', 'corroborate.js');
      const r = await runSoak({
        url: d.url,
        cli: (a, env) =>
          spawn(process.execPath, [bin, ...a], {
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, ...env },
          }),
        durationMs: minutes * 60_000,
        perRound: Number(arg(args, 'per-round') ?? 20),
        posts: Number(arg(args, 'posts') ?? 5),
      });
      out(
        `postgres soak, 2 workers + serve --workers 2 + watch, ${r.seconds.toFixed(0)} s, ${r.rounds} rounds: ${r.published} articles published in feeds, ${r.posted} POSTed, ${r.articles} in the ledger, ${r.claims} claims, ${r.reads} API reads\n`,
      );
      out(
        `  errors ${r.errors.length}${r.errors.length ? `: ${r.errors.slice(0, 5).join('; ')}` : ''}; claims ${r.claimsDiffer ? 'DIFFER from' : 'equal'} a one-by-one ingest (goal: no error, none lost, none twice)\n`,
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
