import PgBoss from 'pg-boss';
import { z } from 'zod';
import { CorroborateError } from '../../domain/errors.js';
import type { RawArticle } from '../../sources/file.js';
import { one, q } from './db.js';
import type { PgStore } from './store.js';
import { TURN_CHANNEL } from './turn-signal.js';

/**
 * The ingest queue, kept by pg-boss in the ledger's own database (schema `pgboss`): `add` (and
 * anything else that takes articles in) puts one job per article; `corroborate worker` processes
 * on any machine take them, extract in parallel, and commit one at a time in the order the jobs
 * were queued (see `inTurn`).
 */
export const INGEST_QUEUE = 'corroborate-ingest';

/** A job's payload, checked when a worker takes it. */
export const IngestJob = z.object({
  order: z.number().int().positive(),
  lang: z.string().optional(),
  article: z.object({
    text: z.string(),
    path: z.string().nullable(),
    url: z.string().nullable(),
    canonicalUrl: z.string().nullable().optional(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: z.string().nullable(),
    language: z.string().nullable(),
    format: z.enum(['text', 'html']),
    warnings: z.array(z.string()).optional(),
  }),
});
export type IngestJob = z.infer<typeof IngestJob>;

/**
 * A job's id carries its order ("…-000000000012"): pg-boss hands out jobs queued together by id,
 * so workers take them in the order they were queued.
 */
export const jobId = (order: number): string =>
  `00000000-0000-4000-8000-${order.toString(16).padStart(12, '0')}`;

/** Starts pg-boss on the ledger's database (creating its schema and the queue on first use). */
export async function startQueue(url: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, max: 3, supervise: true, schedule: false });
  boss.on('error', () => undefined);
  try {
    await boss.start();
    await boss.createQueue(INGEST_QUEUE, {
      name: INGEST_QUEUE,
      // an article that fails to read fails again: it stays failed, visible, and is not retried
      retryLimit: 0,
      expireInSeconds: 15 * 60,
    });
  } catch (cause) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw new CorroborateError('store_failed', `cannot start the ingest queue: ${(cause as Error).message}`, {
      cause,
    });
  }
  return boss;
}

/** Queues articles in the order given; returns their job ids. */
export async function enqueue(
  store: PgStore,
  boss: PgBoss,
  items: Array<{ article: RawArticle; lang?: string }>,
): Promise<string[]> {
  if (!items.length) return [];
  await store.open();
  const orders = (
    await q<{ n: number }>(store.db, "SELECT nextval('ingest_order') AS n FROM generate_series(1, ?::int)", [
      items.length,
    ])
  ).rows
    .map((r) => r.n)
    .sort((a, b) => a - b);
  const jobs = items.map((it, i) => {
    const data: IngestJob = {
      order: orders[i]!,
      ...(it.lang ? { lang: it.lang } : {}),
      article: { ...it.article, warnings: it.article.warnings ?? [] },
    };
    return { name: INGEST_QUEUE, id: jobId(orders[i]!), data };
  });
  await boss.insert(jobs);
  return jobs.map((j) => j.id);
}

/** How many of the given jobs are finished (completed, failed or cancelled), and how many failed. */
export async function finished(store: PgStore, ids: string[]): Promise<{ done: number; failed: number }> {
  const r = await one<{ done: number; failed: number }>(
    store.db,
    `SELECT count(*) FILTER (WHERE state IN ('completed', 'failed', 'cancelled')) AS done,
            count(*) FILTER (WHERE state = 'failed') AS failed
     FROM pgboss.job WHERE name = ? AND id = ANY(?::uuid[])`,
    [INGEST_QUEUE, ids],
  );
  return r ?? { done: 0, failed: 0 };
}

/**
 * Waits until job `id` is done and returns what the worker reported (`complete`'s output); a
 * failed job throws its message, and a job no worker finished within `timeoutMs` throws too (it
 * stays queued: a later look finds its article in the ledger).
 */
export async function jobResult(
  boss: PgBoss,
  id: string,
  opts: { timeoutMs: number; pollMs?: number },
): Promise<unknown> {
  const until = Date.now() + opts.timeoutMs;
  for (;;) {
    const job = await boss.getJobById<unknown>(INGEST_QUEUE, id, { includeArchive: true });
    if (job?.state === 'completed') return job.output;
    if (job?.state === 'failed' || job?.state === 'cancelled' || !job) {
      const why = (job?.output as { message?: string } | undefined)?.message;
      throw new CorroborateError(
        'store_failed',
        `the workers could not add the article: ${why ?? job?.state ?? 'the job is gone'}`,
      );
    }
    if (Date.now() > until)
      throw new CorroborateError(
        'store_failed',
        `no worker finished the article within ${Math.round(opts.timeoutMs / 1000)} s (is \`corroborate worker\` running?)`,
      );
    await sleep(opts.pollMs ?? 100);
  }
}

/** How long a commit waits for an earlier job nobody has taken before going ahead of it. */
export const GAP_MS = 10_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How long a waiting worker sleeps at most between looks, should a notification not come. */
const LOOK_MS = 250;

/** Moves the turn on inside the write transaction; the waiting workers hear it at commit. */
async function moveTurn(store: PgStore, sql: string, params: unknown[]): Promise<void> {
  const r = await q<{ next: number }>(store.db, `${sql} RETURNING next`, params);
  if (r.rows[0]) await q(store.db, 'SELECT pg_notify(?, ?)', [TURN_CHANNEL, String(r.rows[0].next)]);
}

/**
 * Runs `fn` (a commit) in the write transaction when it is job `order`'s turn: after every
 * earlier job committed, failed, or is no longer in the queue. A job that comes back after its
 * turn passed (a retry) commits at once. So the claims a ledger ends up with do not depend on
 * which worker was faster. A worker whose turn has not come sleeps until a commit notifies it
 * (LISTEN/NOTIFY, see turn-signal.ts), so the next commit starts as soon as the last one ends.
 */
export async function inTurn<T>(store: PgStore, order: number, fn: () => Promise<T>): Promise<T> {
  const since = Date.now();
  const signal = store.turnSignal();
  await signal.listen();
  for (;;) {
    // armed before the turn is read: a commit that moves it meanwhile still wakes us
    const woke = signal.next(LOOK_MS);
    // watched without the lock, so a waiting worker never holds up the one whose turn it is
    const seen = (await one<{ next: number }>(store.db, 'SELECT next FROM ingest_turn WHERE id = 1'))!.next;
    if (seen < order && Date.now() - since < 1000) {
      await woke;
      continue;
    }
    const step = await store.batch(async () => {
      const next = (await one<{ next: number }>(store.db, 'SELECT next FROM ingest_turn WHERE id = 1'))!.next;
      if (order <= next) {
        const out = await fn();
        if (order === next)
          await moveTurn(store, 'UPDATE ingest_turn SET next = ? WHERE id = 1', [order + 1]);
        return { ran: true as const, out };
      }
      const pending = await one(
        store.db,
        "SELECT 1 FROM pgboss.job WHERE name = ? AND id = ?::uuid AND state IN ('created', 'retry', 'active')",
        [INGEST_QUEUE, jobId(next)],
      );
      if (!pending || Date.now() - since > GAP_MS) {
        await moveTurn(store, 'UPDATE ingest_turn SET next = next + 1 WHERE id = 1', []);
        return { ran: false as const, moved: true };
      }
      return { ran: false as const, moved: false };
    });
    if (step.ran) return step.out;
    if (!step.moved) await woke;
  }
}

/** Gives up job `order`'s turn (its article failed), so later jobs need not wait for it. */
export async function passTurn(store: PgStore, order: number): Promise<void> {
  await store.batch(async () => {
    await moveTurn(store, 'UPDATE ingest_turn SET next = ? + 1 WHERE id = 1 AND next = ?', [order, order]);
  });
}
