import { isCorroborateError } from '../../domain/errors.js';
import type { RawArticle } from '../../sources/file.js';
import { enqueue, finished, startQueue } from '../../store/postgres/queue.js';
import { PgStore } from '../../store/postgres/store.js';
import type { CliIO } from '../io.js';
import { printJson } from '../io.js';
import { EXIT } from '../exit-codes.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `add` on a PostgreSQL ledger: the articles are read here and queued, in order, for the
 * workers (`corroborate worker`), which extract and link them. With `wait`, it returns once
 * every one of them is done.
 */
export async function addToQueue<T extends { target: string }>(
  location: string,
  targets: T[],
  load: (target: T) => Promise<{ article: RawArticle; lang?: string }>,
  opts: { wait: boolean; json: boolean },
  io: CliIO,
): Promise<number> {
  const items: Array<{ article: RawArticle; lang?: string }> = [];
  const failed: Array<{ target: string; error: string }> = [];
  for (const t of targets) {
    try {
      items.push(await load(t));
    } catch (e) {
      if (!isCorroborateError(e)) throw e;
      failed.push({ target: t.target, error: e.message });
    }
  }
  const store = await new PgStore(location, { poolSize: 2 }).open();
  const boss = await startQueue(location);
  try {
    const jobs = await enqueue(store, boss, items);
    let state = { done: 0, failed: 0 };
    while (opts.wait && state.done < jobs.length) {
      await sleep(200);
      state = await finished(store, jobs);
    }
    const summary = {
      queued: jobs.length,
      failed: failed.length,
      ...(opts.wait ? { done: state.done, failedInWorkers: state.failed } : {}),
    };
    if (opts.json) printJson(io, { schemaVersion: 1, summary, failed });
    else {
      for (const f of failed) io.err(`  failed: ${f.target}: ${f.error}\n`);
      io.out(
        `queued ${jobs.length} article(s) for the workers${opts.wait ? `, ${state.done} done (${state.failed} failed)` : ''}; ${failed.length} could not be read\n`,
      );
    }
    return failed.length || state.failed ? EXIT.findings : EXIT.ok;
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await store.close();
  }
}
