import { CorroborateError } from '../../domain/errors.js';
import { startServer } from '../../api/server.js';
import { Ledger } from '../../services/ledger.js';
import { WorkerExtractor } from '../../services/worker-extractor.js';
import { openStore } from '../../store/open.js';
import { str } from '../args.js';
import type { Command } from '../command.js';
import type { CliIO } from '../io.js';

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
  const store = openStore(db);
  // articles POSTed to the API are read in a worker thread with a time budget
  const extractor = new WorkerExtractor();
  const api = await startServer({
    ledger: new Ledger(store, extractor.extract),
    host: str(options.host) ?? '127.0.0.1',
    port: parsePort(str(options.port)),
    allowPrivate: !!options['allow-private'],
    allowedHosts: (options['allowed-host'] as string[] | undefined) ?? [],
  });
  io.out(`Corroborate is serving ${db ?? 'the ledger'} at ${api.url}\n`);
  if (api.generatedToken)
    io.out(`token for adding articles (set CORROBORATE_TOKEN to choose your own): ${api.token}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await api.close();
  await extractor.stop();
  await store.close();
  return 0;
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API and the web app (default http://127.0.0.1:8080)',
  usage:
    'corroborate serve [--db file] [--host 127.0.0.1] [--port 8080] [--allowed-host name]... [--allow-private]',
  options: {
    db: { value: true },
    host: { value: true },
    'allowed-host': { value: true, multiple: true },
    port: { value: true },
    'allow-private': {},
    json: {},
  },
  async run(_p, options, io) {
    return serveUntilStopped(str(options.db), options, io);
  },
};
