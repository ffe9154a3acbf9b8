import type PgBoss from 'pg-boss';
import type { ExtractResult } from '../domain/extract-result.js';
import { INGEST_QUEUE, IngestJob, inTurn, passTurn } from '../store/postgres/queue.js';
import type { PgStore } from '../store/postgres/store.js';
import { extractText } from './extract.js';
import { Ledger } from './ledger.js';

export interface WorkerOptions {
  /** jobs taken at once: extracted one after another, then committed in turn */
  batchSize?: number;
  /** stop after the queue stayed empty this long (tests, benches); absent: run until stopped */
  exitWhenIdleMs?: number;
  signal?: AbortSignal;
  onJob?: (e: { order: number; added: boolean; error?: string }) => void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One worker process's loop: take a few jobs, extract them here (the slow part, in parallel
 * with every other worker), then commit each in its turn under the ledger's write lock.
 */
export async function runIngestWorker(
  store: PgStore,
  boss: PgBoss,
  opts: WorkerOptions = {},
): Promise<{ added: number; unchanged: number; failed: number }> {
  const tally = { added: 0, unchanged: 0, failed: 0 };
  let idleSince = Date.now();
  while (!opts.signal?.aborted) {
    const jobs = await boss.fetch<unknown>(INGEST_QUEUE, { batchSize: opts.batchSize ?? 4 });
    if (!jobs.length) {
      if (opts.exitWhenIdleMs !== undefined && Date.now() - idleSince >= opts.exitWhenIdleMs) break;
      await sleep(100);
      continue;
    }
    const read = jobs.map((job) => {
      try {
        const data = IngestJob.parse(job.data);
        const lang = data.lang ?? data.article.language ?? undefined;
        const result: ExtractResult = extractText(data.article.text, {
          ...(lang ? { lang } : {}),
          published: data.article.published,
        });
        return { job, data, result };
      } catch (e) {
        return { job, data: null, error: (e as Error).message };
      }
    });
    read.sort((a, b) => (a.data?.order ?? 0) - (b.data?.order ?? 0));
    for (const r of read) {
      const order = r.data?.order ?? 0;
      try {
        if (!r.data || !r.result) throw new Error(r.error ?? 'unreadable job');
        const { data, result } = r;
        const ledger = new Ledger(store, async () => result);
        const out = await inTurn(store, order, () =>
          ledger.add(data.article, { ...(data.lang ? { lang: data.lang } : {}) }),
        );
        // the whole AddResult: a producer waiting on the job (`queuedAdd`) reads it as its own
        await boss.complete(INGEST_QUEUE, r.job.id, out);
        tally[out.created ? 'added' : 'unchanged']++;
        opts.onJob?.({ order, added: out.created });
      } catch (e) {
        if (order) await passTurn(store, order);
        await boss.fail(INGEST_QUEUE, r.job.id, { message: (e as Error).message });
        tally.failed++;
        opts.onJob?.({ order, added: false, error: (e as Error).message });
      }
    }
    idleSince = Date.now();
  }
  return tally;
}
