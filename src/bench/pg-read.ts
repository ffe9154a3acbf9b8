import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Ledger } from '../services/ledger.js';
import { knownArticle } from '../sources/file.js';
import { q } from '../store/postgres/db.js';
import { PgStore } from '../store/postgres/store.js';
import { generateArticle } from './generate.js';
import { percentiles, timeQueries, type Latency } from './ledger.js';

/**
 * Copies the ledger's rows `times - 1` more times with shifted ids (each copy its own articles,
 * statements and claims, with the same shape): a large ledger in minutes instead of the hours
 * extracting as many articles would take. Search vectors are computed for every copy.
 */
export async function multiplyLedger(store: PgStore, times: number): Promise<void> {
  const max = async (t: string) =>
    Number((await q<{ m: number }>(store.db, `SELECT coalesce(max(id), 0) AS m FROM ${t}`)).rows[0]!.m);
  const [A, S, C] = [await max('articles'), await max('statements'), await max('claims')];
  for (let g = 1; g < times; g++) {
    const [a, s, c] = [g * A, g * S, g * C];
    await store.batch(async () => {
      const run = (sql: string) => q(store.db, sql);
      await run(`INSERT INTO articles (id, url, canonical_url, title, outlet, language, published, added_at, content_hash, signature, copy_of, copy_group, path, pipeline, statements, text, extraction)
        SELECT id + ${a}, url || '#${g}', canonical_url || '#${g}', title, outlet, language, published, added_at, content_hash || ':${g}', signature,
          copy_of + ${a}, copy_group + ${a}, path, pipeline, statements, text, extraction FROM articles WHERE id <= ${A}`);
      await run(
        `INSERT INTO article_bands SELECT band, value, article_id + ${a} FROM article_bands WHERE article_id <= ${A}`,
      );
      await run(`INSERT INTO statements (id, article_id, idx, speaker_name, speaker_kind, speaker_role, speaker_entity, affiliation, implied, cue, direct, stance, certainty, negated, content, span_start, span_end, cited_name, cited_kind, said_on, data)
        SELECT id + ${s}, article_id + ${a}, idx, speaker_name, speaker_kind, speaker_role, speaker_entity, affiliation, implied, cue, direct, stance, certainty, negated, content, span_start, span_end, cited_name, cited_kind, said_on, data FROM statements WHERE id <= ${S}`);
      await run(
        `INSERT INTO figures (statement_id, value, max, qualifier, unit, planned) SELECT statement_id + ${s}, value, max, qualifier, unit, planned FROM figures WHERE statement_id <= ${S}`,
      );
      await run(
        `INSERT INTO mentions SELECT article_id + ${a}, entity_id, start, "end" FROM mentions WHERE article_id <= ${A}`,
      );
      await run(`INSERT INTO claims (id, label, profile, key, label_statement_id, label_score, label_lang, statements, articles, n_assert, n_deny, n_hedge, n_conditional, n_question, independent, speakers, first_seen, last_seen, updated_at)
        SELECT id + ${c}, label, profile, key, label_statement_id + ${s}, label_score, label_lang, statements, articles, n_assert, n_deny, n_hedge, n_conditional, n_question, independent, speakers, first_seen, last_seen, updated_at FROM claims WHERE id <= ${C}`);
      await run(
        `INSERT INTO claim_statements SELECT claim_id + ${c}, statement_id + ${s}, stance, reason, root, root_name, affiliation, affiliation_name, label, label_score, label_lang FROM claim_statements WHERE claim_id <= ${C}`,
      );
      await run(
        `INSERT INTO claim_keys SELECT claim_id + ${c}, kind, key, name, n FROM claim_keys WHERE claim_id <= ${C}`,
      );
      await run(
        `INSERT INTO claim_figures SELECT claim_id + ${c}, value, max, max_key, qualifier, unit, planned, said_key, said_on, speaker, article_id + ${a}, statement_id + ${s} FROM claim_figures WHERE claim_id <= ${C}`,
      );
      await run(
        `INSERT INTO claim_concepts SELECT concept, claim_id + ${c}, n FROM claim_concepts WHERE claim_id <= ${C}`,
      );
    });
  }
  for (const t of ['articles', 'statements', 'claims'])
    await q(store.db, `SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT max(id) FROM ${t}))`);
  // what autovacuum does to a settled table: statistics, and the visibility map that lets the
  // claims list's index-only scans skip the heap (1,440 heap fetches for one language count before)
  await q(store.db, 'VACUUM ANALYZE');
}

export interface PgReadBench {
  articles: number;
  claims: number;
  buildSeconds: number;
  claimsList: Latency;
  claim: Latency;
  search: Latency;
  api: Array<{ path: string; connections: number; p50: number; p95: number; rps: number; errors: number }>;
}

/** A PostgreSQL ledger of `base` extracted articles copied `times` over, then its read latency. */
export async function benchPgRead(
  root: string,
  url: string,
  base: number,
  times: number,
  apiSeconds: number,
) {
  const t0 = Date.now();
  const store = await new PgStore(url).open();
  const ledger = new Ledger(store);
  for (let i = 0; i < base; i++) {
    const a = generateArticle(i, 7);
    await ledger.add(knownArticle(a));
  }
  await multiplyLedger(store, times);
  const buildSeconds = (Date.now() - t0) / 1000;
  const counts = await store.counts();
  const q = await timeQueries(store, counts.claims);
  await store.close();
  const api = await apiUnderLoad(root, url, apiSeconds, counts.claims);
  return {
    articles: counts.articles,
    claims: counts.claims,
    buildSeconds,
    ...q,
    api,
  } satisfies PgReadBench;
}

/** `serve --workers 2` on the ledger, loaded uncached at 10 connections per path. */
export async function apiUnderLoad(root: string, url: string, seconds: number, claims: number) {
  const serve = spawn(
    process.execPath,
    [path.join(root, 'bin', 'corroborate.js'), 'serve', '--db', url, '--port', '0', '--workers', '2'],
    { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, CORROBORATE_TOKEN: 'bench' } },
  );
  const closed = new Promise((r) => serve.on('close', r));
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      serve.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /at (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      serve.on('close', () => reject(new Error('serve stopped')));
    });
    const out = [];
    for (const p of ['/api/claims', `/api/claims/${Math.ceil(claims / 2)}`, '/api/search?q=troops'])
      for (const connections of [1, 10]) {
        const times: number[] = [];
        const r = await new Promise<autocannon.Result>((resolve, reject) => {
          const inst = autocannon(
            {
              url: `${origin}${p}`,
              connections,
              duration: seconds,
              headers: { 'cache-control': 'no-cache' },
            },
            (err, res) => (err ? reject(err as Error) : resolve(res)),
          );
          inst.on('response', (_c: unknown, _s: number, _b: number, ms: number) => times.push(ms));
        });
        const pc = percentiles(times);
        out.push({
          path: p,
          connections,
          p50: pc.p50,
          p95: pc.p95,
          rps: r.requests.average,
          errors: r.errors + r.non2xx,
        });
      }
    return out;
  } finally {
    serve.kill('SIGTERM');
    await closed;
  }
}
