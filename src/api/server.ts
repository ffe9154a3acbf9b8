import { serve } from '@hono/node-server';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorroborateError } from '../domain/errors.js';
import type { Ledger } from '../services/ledger.js';
import { createApp } from './app.js';
import type { Add, Enqueue } from './routes/write.js';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export interface ServeOptions {
  ledger: Ledger;
  host?: string;
  port?: number;
  token?: string;
  allowPrivate?: boolean;
  version?: string;
  /** more Host names to answer for besides loopback and `host` (`--allowed-host`) */
  allowedHosts?: readonly string[];
  /** queue POSTed articles for the workers (PostgreSQL ledger) */
  enqueue?: Enqueue;
  /** add POSTed articles off this event loop (a SQLite ledger's LedgerThread) */
  add?: Add;
}

export interface RunningApi {
  url: string;
  token: string;
  /** true when the token was made up at start (CORROBORATE_TOKEN unset) */
  generatedToken: boolean;
  close(): Promise<void>;
}

/** A failure to listen as one line the user can act on (exit 2), not an internal error. */
function listenError(e: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (e.code === 'EADDRINUSE')
    return new CorroborateError('usage', `${where} is already in use; choose another port with --port`);
  if (e.code === 'EACCES')
    return new CorroborateError('usage', `not allowed to listen on ${where}; choose a port above 1023`);
  if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND')
    return new CorroborateError('usage', `cannot listen on ${host}: this machine has no such address`);
  return e;
}

/** Starts the API and web app; port 0 picks a free port. */
export function startServer(o: ServeOptions): Promise<RunningApi> {
  const host = o.host ?? '127.0.0.1';
  const token = o.token ?? process.env.CORROBORATE_TOKEN ?? randomBytes(18).toString('base64url');
  const app = createApp({
    ledger: o.ledger,
    token,
    readsNeedToken: !LOOPBACK.has(host),
    allowPrivate: !!o.allowPrivate,
    webDist: fs.existsSync(WEB_DIST) ? WEB_DIST : null,
    version: o.version ?? '0.1.0',
    host,
    allowedHosts: o.allowedHosts ?? [],
    ...(o.enqueue ? { enqueue: o.enqueue } : {}),
    ...(o.add ? { add: o.add } : {}),
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: o.port ?? 8080 }, (info) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${info.port}`,
        token,
        generatedToken: !(o.token ?? process.env.CORROBORATE_TOKEN),
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
    });
    server.on('error', (e: NodeJS.ErrnoException) => reject(listenError(e, host, o.port ?? 8080)));
  });
}
