/**
 * @module The HTTP API and the web app on one Hono app: thin routes over the services, zod at
 * the boundary, one error shape, security headers, a body size limit and token auth.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { CorroborateError } from '../domain/errors.js';
import type { Ledger } from '../services/ledger.js';
import { readCache } from './cache.js';
import { errorBody, onError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { hostAllowed, requestGuard } from './request-guard.js';
import { correctionRoutes } from './routes/corrections.js';
import { readRoutes } from './routes/read.js';
import { writeRoutes, type Add, type Enqueue } from './routes/write.js';
import { auth, securityHeaders } from './security.js';
import { serveApp } from './static.js';

export interface AppOptions {
  ledger: Ledger;
  token: string;
  /** true when bound to a non-loopback address: reads need the token too */
  readsNeedToken: boolean;
  /** fetch URLs posted to /api/articles even when they resolve to private addresses */
  allowPrivate: boolean;
  /** the built web app (web/dist), or null for an API-only server */
  webDist: string | null;
  version: string;
  maxBodyBytes?: number;
  /** the address the server listens on (default 127.0.0.1): its name is an accepted Host */
  host?: string;
  /** more names the server may be reached by (`--allowed-host`), e.g. behind a reverse proxy */
  allowedHosts?: readonly string[];
  /** queue POSTed articles for the workers instead of adding them here (PostgreSQL ledger) */
  enqueue?: Enqueue;
  /** add POSTed articles elsewhere than on this event loop (a SQLite ledger's LedgerThread) */
  add?: Add;
}

export function createApp(o: AppOptions) {
  const app = new Hono();
  app.use('*', securityHeaders);
  app.onError(onError);
  app.use('*', requestGuard(hostAllowed(o.host ?? '127.0.0.1', o.allowedHosts ?? [])));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(o.version)));
  app.use('/api/*', auth(o.token, o.readsNeedToken));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: o.maxBodyBytes ?? 12 * 1024 * 1024,
      onError: (c) => c.json(errorBody('input_too_large', 'request body too large'), 413),
    }),
  );
  app.route(
    '/api',
    writeRoutes(o.ledger, {
      allowPrivate: o.allowPrivate,
      ...(o.enqueue ? { enqueue: o.enqueue } : {}),
      ...(o.add ? { add: o.add } : {}),
    }),
  );
  app.route('/api', correctionRoutes(o.ledger));
  app.use('/api/*', readCache(o.ledger.store, undefined, o.version));
  app.route('/api', readRoutes(o.ledger.store, o.version));
  if (o.webDist) app.get('*', serveApp(o.webDist));
  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) throw new CorroborateError('not_found', 'no such API endpoint');
    return c.json(errorBody('not_found', 'not found'), 404);
  });
  return app;
}
