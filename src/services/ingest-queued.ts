import type PgBoss from 'pg-boss';
import { z } from 'zod';
import type { RawArticle } from '../sources/file.js';
import { enqueue, jobResult } from '../store/postgres/queue.js';
import type { PgStore } from '../store/postgres/store.js';
import type { AddResult } from './ledger.js';

/** What a worker reports of a job it committed (`runIngestWorker` completes a job with its AddResult). */
const Reported = z.object({
  id: z.number().int(),
  created: z.boolean(),
  reason: z.string().optional(),
  copyOf: z.number().int().nullable().default(null),
  language: z.string().default('und'),
  statements: z.number().int().default(0),
  claims: z.array(z.number().int()).default([]),
  warnings: z.array(z.string()).default([]),
  article: z
    .object({
      url: z.string().nullable(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      published: z.string().nullable(),
    })
    .default({ url: null, title: null, outlet: null, published: null }),
});

/**
 * `Ledger.add` for a producer on a PostgreSQL ledger (the watcher): the article is queued for the
 * workers like `add` queues it, and the answer is the one the worker that committed it reported,
 * so the caller can record the article id (a feed item's) as if it had added it itself. Waiting
 * keeps the producer's order of work; a worker-less queue ends in an error after `timeoutMs`.
 */
export function queuedAdd(
  store: PgStore,
  boss: PgBoss,
  opts: { timeoutMs?: number } = {},
): (raw: RawArticle) => Promise<AddResult> {
  return async (raw) => {
    const [id] = await enqueue(store, boss, [{ article: raw }]);
    return Reported.parse(await jobResult(boss, id!, { timeoutMs: opts.timeoutMs ?? 120_000 }));
  };
}
