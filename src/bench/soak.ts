import type { ChildProcess } from 'node:child_process';
import { generateArticle } from './generate.js';
import { claimsOf, oneByOneClaims } from './soak-check.js';
import { startSoakSite } from './soak-site.js';
import { PgFeedStore } from '../store/postgres/feeds.store.js';
import { one, q } from '../store/postgres/db.js';
import { INGEST_QUEUE } from '../store/postgres/queue.js';
import { PgStore } from '../store/postgres/store.js';

/**
 * Two workers, `serve` and `watch` on one PostgreSQL ledger under a generated load (issue 13's
 * acceptance): each round a news site publishes articles in its feeds, a client POSTs articles to
 * the API, and `watch --once` queues the feeds' new articles; readers query the API throughout.
 * Then it checks: no error anywhere, every published and posted article in the ledger once, and
 * the claims equal to those of the same articles added one by one (so none was created twice).
 */
export interface SoakOptions {
  /** an empty PostgreSQL database */
  url: string;
  /** starts `corroborate <args>` (the built bin in the bench, tsx in tests) */
  cli: (args: string[], env?: Record<string, string>) => ChildProcess;
  /** rounds to run, or rounds until `durationMs` passed */
  rounds?: number;
  durationMs?: number;
  /** articles published in the feeds per round, and POSTed to the API per round */
  perRound: number;
  posts: number;
  feeds?: number;
  seed?: number;
}

export interface SoakResult {
  rounds: number;
  seconds: number;
  published: number;
  posted: number;
  articles: number;
  claims: number;
  reads: number;
  /** everything that went wrong: failed requests, exits, item errors, lost or doubled articles */
  errors: string[];
  /** the claims differ from those of a one-by-one ingest of the same articles */
  claimsDiffer: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(p: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  p.stdout?.on('data', (c: Buffer) => void (out += c.toString()));
  p.stderr?.on('data', (c: Buffer) => void (err += c.toString()));
  return new Promise((r) => p.on('close', (code) => r({ code, out, err })));
}

async function originOf(serve: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    serve.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    serve.on('close', () => reject(new Error(`serve stopped before it listened: ${out}`)));
  });
}

/** Queries the API until `stop` is set, as an analyst's browser would; returns how many, and failures. */
async function readLoop(origin: string, stop: { done: boolean }, errors: string[]): Promise<number> {
  const paths = ['/api/claims?limit=20', '/api/articles?limit=20', '/api/search?q=troops', '/api/health'];
  let n = 0;
  while (!stop.done) {
    const p = paths[n % paths.length]!;
    try {
      const r = await fetch(`${origin}${p}`, { headers: { 'cache-control': 'no-cache' } });
      const body = (await r.json()) as { claims?: Array<{ id: number }> };
      if (r.status !== 200) errors.push(`GET ${p} answered ${r.status}`);
      const claim = body.claims?.[0];
      if (claim) {
        const c = await fetch(`${origin}/api/claims/${claim.id}`);
        await c.arrayBuffer();
        if (c.status !== 200) errors.push(`GET /api/claims/${claim.id} answered ${c.status}`);
      }
    } catch (e) {
      errors.push(`GET ${p} failed: ${(e as Error).message}`);
    }
    n++;
    await sleep(20);
  }
  return n;
}

export async function runSoak(o: SoakOptions): Promise<SoakResult> {
  const t0 = Date.now();
  const seed = o.seed ?? 5;
  const errors: string[] = [];
  const site = await startSoakSite({ feeds: o.feeds ?? 3, seed });
  const store = await new PgStore(o.url, { poolSize: 3 }).open();
  const serve = o.cli(['serve', '--db', o.url, '--port', '0', '--workers', '2'], {
    CORROBORATE_TOKEN: 'soak',
  });
  const served = exited(serve);
  const workers = [0, 1].map(() => o.cli(['worker', '--db', o.url, '--batch', '2']));
  const worked = workers.map(exited);
  const stop = { done: false };
  let reading: Promise<number> = Promise.resolve(0);
  let rounds = 0;
  let reads = 0;
  const postedTexts = new Set<string>();
  try {
    const origin = await originOf(serve);
    reading = readLoop(origin, stop, errors);
    while (o.rounds !== undefined ? rounds < o.rounds : Date.now() - t0 < (o.durationMs ?? 60_000)) {
      site.publish(o.perRound);
      // a round stands for a feed interval gone by: every feed is due again
      await q(store.db, 'UPDATE feeds SET next_poll_at = ?', [new Date().toISOString()]);
      for (let i = 0; i < o.posts; i++) {
        const a = generateArticle(rounds * o.posts + i, seed + 1);
        postedTexts.add(a.text);
        const r = await fetch(`${origin}/api/articles`, {
          method: 'POST',
          headers: { authorization: 'Bearer soak', 'content-type': 'application/json' },
          body: JSON.stringify({ text: a.text, language: a.language, published: a.published }),
        });
        await r.arrayBuffer();
        if (r.status !== 202) errors.push(`POST /api/articles answered ${r.status}`);
      }
      const w = await exited(
        o.cli([
          'watch',
          ...(rounds === 0 ? site.feedUrls : []),
          '--once',
          '--allow-private',
          '--host-gap',
          '0',
          '--json',
          '--db',
          o.url,
        ]),
      );
      if (w.code !== 0) errors.push(`watch round ${rounds + 1} exited ${w.code}: ${w.err.slice(0, 500)}`);
      rounds++;
    }
    // the posted articles may still be in the queue: wait until the workers have taken everything
    for (let waited = 0; ; waited += 200) {
      const r = await one<{ open: number; failed: number }>(
        store.db,
        `SELECT count(*) FILTER (WHERE state IN ('created', 'retry', 'active')) AS open,
                count(*) FILTER (WHERE state = 'failed') AS failed FROM pgboss.job WHERE name = ?`,
        [INGEST_QUEUE],
      );
      if (!r?.open) {
        if (r?.failed) errors.push(`${r.failed} job(s) failed in the workers`);
        break;
      }
      if (waited > 300_000) {
        errors.push(`${r.open} job(s) still queued after 5 minutes`);
        break;
      }
      await sleep(200);
    }
  } finally {
    stop.done = true;
    reads = await reading;
    serve.kill('SIGTERM');
    for (const w of workers) w.kill('SIGTERM');
    const s = await served;
    if (s.code !== 0) errors.push(`serve exited ${s.code}: ${s.err.slice(0, 500)}`);
    for (const w of await Promise.all(worked))
      if (w.code !== 0) errors.push(`a worker exited ${w.code}: ${w.err.slice(0, 500)}`);
    await site.close();
  }
  try {
    // every item of every feed done, and pointing at an article of the ledger
    const feeds = new PgFeedStore(store);
    const seen = new Map<string, number>();
    for (const f of await feeds.listFeeds())
      for (const it of await feeds.feedItems(f.id)) {
        if (it.status !== 'done' || it.articleId === null)
          errors.push(`item ${it.url} is ${it.status}: ${it.lastError ?? ''}`);
        else if (seen.has(it.url!) && seen.get(it.url!) !== it.articleId)
          errors.push(`${it.url} became two articles`);
        else seen.set(it.url!, it.articleId);
      }
    if (seen.size !== site.published)
      errors.push(`${site.published} published, ${seen.size} in the feeds' items`);
    const counts = await store.counts();
    const expected = seen.size + postedTexts.size;
    if (counts.articles !== expected)
      errors.push(`${expected} articles sent, ${counts.articles} in the ledger`);
    const claimsDiffer =
      JSON.stringify(await claimsOf(store)) !== JSON.stringify(await oneByOneClaims(store));
    return {
      rounds,
      seconds: (Date.now() - t0) / 1000,
      published: site.published,
      posted: postedTexts.size,
      articles: counts.articles,
      claims: counts.claims,
      reads,
      errors,
      claimsDiffer,
    };
  } finally {
    await store.close();
  }
}
