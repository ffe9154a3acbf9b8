import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { CorroborateError } from '../../domain/errors.js';
import type { Enqueue } from '../../api/routes/write.js';
import { startServer } from '../../api/server.js';
import { Ledger } from '../../services/ledger.js';
import { LedgerThread } from '../../services/ledger-thread.js';
import { WorkerExtractor } from '../../services/worker-extractor.js';
import { openStore } from '../../store/open.js';
import { enqueue as enqueueArticles, startQueue } from '../../store/postgres/queue.js';
import { PgStore } from '../../store/postgres/store.js';
import { SqliteStore } from '../../store/sqlite/store.js';
import { str } from '../args.js';
import type { Command } from '../command.js';
import type { CliIO } from '../io.js';
import { intOption } from '../store-option.js';

export function parsePort(v: string | undefined, fallback = 8080): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new CorroborateError('usage', `--port wants a number from 0 to 65535, not "${v}"`);
  return n;
}

/** Serves a ledger until SIGINT or SIGTERM; resolves with the exit code. */
export async function serveUntilStopped(
  db: string | undefined,
  options: Record<string, unknown>,
  io: CliIO,
): Promise<number> {
  const location = db ?? process.env.CORROBORATE_DB;
  const store = openStore(location);
  // articles POSTed to the API are added by a thread of their own with its own connection (read
  // in a further thread with a time budget, then linked and written there), or, on a PostgreSQL
  // ledger, queued for `corroborate worker`. An in-memory ledger has no second connection: its
  // articles are read in a thread and linked here.
  const extractor = new WorkerExtractor();
  const adder = store instanceof SqliteStore && !store.db.memory ? new LedgerThread(store.db.name) : null;
  const boss = store instanceof PgStore ? await startQueue(store.url) : null;
  const enqueue: Enqueue | undefined =
    boss && store instanceof PgStore
      ? async (raw, lang) =>
          (await enqueueArticles(store, boss, [{ article: raw, ...(lang ? { lang } : {}) }]))[0]!
      : undefined;
  const api = await startServer({
    ledger: new Ledger(store, extractor.extract),
    host: str(options.host) ?? '127.0.0.1',
    port: parsePort(str(options.port)),
    allowPrivate: !!options['allow-private'],
    allowedHosts: (options['allowed-host'] as string[] | undefined) ?? [],
    ...(enqueue ? { enqueue } : adder ? { add: adder.add } : {}),
  });
  // in a cluster the primary says where it serves, once
  if (cluster.isPrimary) {
    io.out(`Corroborate is serving ${db ?? 'the ledger'} at ${api.url}\n`);
    if (api.generatedToken)
      io.out(`token for adding articles (set CORROBORATE_TOKEN to choose your own): ${api.token}\n`);
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await api.close();
  await adder?.stop();
  await extractor.stop();
  await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
  await store.close();
  return 0;
}

/**
 * `serve --workers N`: N HTTP processes (node:cluster) sharing the port, each with its own
 * connections; one token for all. Reads never wait on another process; on a PostgreSQL ledger
 * each has its own pool. Stops them all on SIGINT or SIGTERM.
 */
async function serveCluster(n: number, options: Record<string, unknown>, io: CliIO): Promise<number> {
  const token = process.env.CORROBORATE_TOKEN ?? randomBytes(18).toString('base64url');
  const env = { CORROBORATE_TOKEN: token };
  const workers = Array.from({ length: n }, () => cluster.fork(env));
  const where = await new Promise<string>((resolve, reject) => {
    workers[0]!.once('listening', (a) =>
      resolve(`http://${a.address ?? str(options.host) ?? '127.0.0.1'}:${a.port}`),
    );
    workers[0]!.once('exit', (code) =>
      reject(new CorroborateError('store_failed', `the server process stopped (exit ${code})`)),
    );
  });
  io.out(`Corroborate is serving ${str(options.db) ?? 'the ledger'} at ${where} with ${n} processes\n`);
  if (!process.env.CORROBORATE_TOKEN)
    io.out(`token for adding articles (set CORROBORATE_TOKEN to choose your own): ${token}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.isDead()) return resolve();
          w.once('exit', () => resolve());
          w.process.kill('SIGTERM');
        }),
    ),
  );
  return 0;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API and the web app (default http://127.0.0.1:8080)',
  usage:
    'corroborate serve [--db file|postgres://...] [--host 127.0.0.1] [--port 8080] [--workers N] [--allowed-host name]... [--allow-private]',
  options: {
    db: { value: true },
    host: { value: true },
    'allowed-host': { value: true, multiple: true },
    port: { value: true },
    workers: { value: true },
    'allow-private': {},
    json: {},
  },
  async run(_p, options, io) {
    const n = intOption(options, 'workers', { min: 1, max: 64, fallback: 1 });
    if (n > 1 && cluster.isPrimary) return serveCluster(n, options, io);
    const code = await serveUntilStopped(str(options.db), options, io);
    // a cluster process's channel to the primary would keep it alive once served
    if (cluster.isWorker) cluster.worker!.disconnect();
    return code;
  },
};
