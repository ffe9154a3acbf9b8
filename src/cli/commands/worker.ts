import { CorroborateError } from '../../domain/errors.js';
import { runIngestWorker } from '../../services/ingest-worker.js';
import { DEFAULT_DB, isPostgresUrl } from '../../store/open.js';
import { startQueue } from '../../store/postgres/queue.js';
import { PgStore } from '../../store/postgres/store.js';
import { str } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { intOption } from '../store-option.js';

/** The PostgreSQL ledger a queue command works on: --db or CORROBORATE_DB, which must be a URL. */
export function postgresLocation(options: Record<string, unknown>, command: string): string {
  const location = str(options.db) ?? process.env.CORROBORATE_DB ?? DEFAULT_DB;
  if (!isPostgresUrl(location))
    throw new CorroborateError(
      'usage',
      `corroborate ${command} works on a PostgreSQL ledger: give --db postgres://... (see docs/SCALE.md)`,
    );
  return location;
}

export const workerCommand: Command = {
  name: 'worker',
  summary: 'take queued articles from a PostgreSQL ledger, read and link them (run one per core)',
  usage: 'corroborate worker --db postgres://... [--batch 4] [--exit-when-idle seconds] [--json]',
  options: { db: { value: true }, batch: { value: true }, 'exit-when-idle': { value: true }, json: {} },
  async run(_positionals, options, io) {
    const location = postgresLocation(options, 'worker');
    const batchSize = intOption(options, 'batch', { min: 1, max: 100, fallback: 4 });
    const idle = options['exit-when-idle'];
    const exitWhenIdleMs =
      idle === undefined ? undefined : intOption(options, 'exit-when-idle', { min: 0, fallback: 0 }) * 1000;
    const store = await new PgStore(location, { poolSize: 3 }).open();
    const boss = await startQueue(location);
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const started = Date.now();
    try {
      if (!options.json) io.err(`worker ${process.pid}: taking articles from the queue\n`);
      const t = await runIngestWorker(store, boss, {
        batchSize,
        signal: stop.signal,
        ...(exitWhenIdleMs !== undefined ? { exitWhenIdleMs } : {}),
        onJob: (e) => e.error && io.err(`worker ${process.pid}: job ${e.order} failed: ${e.error}\n`),
      });
      const seconds = (Date.now() - started) / 1000;
      if (options.json) io.out(`${JSON.stringify({ schemaVersion: 1, summary: { ...t, seconds } })}\n`);
      else
        io.err(
          `worker ${process.pid}: added ${t.added}, ${t.unchanged} already in the ledger, ${t.failed} failed in ${seconds.toFixed(1)} s\n`,
        );
      return EXIT.ok;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      await store.close();
    }
  },
};
