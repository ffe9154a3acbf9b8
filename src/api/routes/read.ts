import { Hono } from 'hono';
import { z } from 'zod';
import { CorroborateError } from '../../domain/errors.js';
import { correctedArticle, correctedClaim } from '../../services/corrections.js';
import { entityDetail, listArticles, listClaims, searchAll } from '../../services/query.js';
import type { LedgerStore } from '../../store/port.js';
import { IdParam, listParams, parse } from '../params.js';

// Detail routes take no query: `/api/claims/1?junk=1`, `?junk=2` … would each be a new answer to
// compute and cache.
const NoQuery = z.object({}).strict();
const noQuery = (q: Record<string, string>): undefined => void parse(NoQuery, q);

/** Thin read routes over the query services. */
export function readRoutes(store: LedgerStore, version: string) {
  const app = new Hono();
  app.get('/health', async (c) => {
    noQuery(c.req.query());
    return c.json({ ok: true, version, ...(await store.counts()) });
  });
  app.get('/claims', async (c) => {
    const { page, filter } = listParams(c.req.query());
    return c.json(await listClaims(store, filter, page));
  });
  app.get('/claims/:id', async (c) => {
    noQuery(c.req.query());
    return c.json(await correctedClaim(store, parse(IdParam, c.req.param('id'))));
  });
  app.get('/articles', async (c) => {
    const { page, filter } = listParams(c.req.query());
    return c.json(await listArticles(store, filter, page));
  });
  app.get('/articles/:id', async (c) => {
    noQuery(c.req.query());
    return c.json(await correctedArticle(store, parse(IdParam, c.req.param('id'))));
  });
  app.get('/entities/:id', async (c) => {
    // the router has decoded the id once ("country%3AKP" → "country:KP"); decoding again would
    // read "%25" as a lone "%" and throw
    noQuery(c.req.query());
    const id = parse(z.string().min(1).max(300), c.req.param('id'));
    return c.json(await entityDetail(store, id));
  });
  app.get('/search', async (c) => {
    const { q, limit } = parse(
      z
        .object({
          q: z.string().min(1, 'q (the words to look for) is required').max(500),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        })
        .strict(),
      c.req.query(),
    );
    return c.json(await searchAll(store, q, limit));
  });
  app.all('*', () => {
    throw new CorroborateError('not_found', 'no such API endpoint');
  });
  return app;
}
