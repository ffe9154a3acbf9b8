import type { MiddlewareHandler } from 'hono';
import type { LedgerStore } from '../store/port.js';

/** Responses larger than this are not kept: an article's full text with its spans, say. */
const MAX_BODY = 1024 * 1024;

/**
 * Keeps the last `max` JSON answers to GET requests until the ledger changes. The store's change
 * stamp moves with every commit, this process's or another's (a `watch` running beside `serve`),
 * so an answer is never older than the data. Ten readers asking for the claims list cost one
 * query, not ten.
 */
export function readCache(store: LedgerStore, max = 256): MiddlewareHandler {
  const entries = new Map<string, { stamp: string; body: string }>();
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const stamp = await store.changeStamp();
    const key = c.req.url;
    // "Cache-Control: no-cache" asks for a fresh answer (the answer is still kept)
    const fresh = /no-cache/.test(c.req.header('cache-control') ?? '');
    const hit = fresh ? undefined : entries.get(key);
    if (hit?.stamp === stamp) {
      // most recently used last
      entries.delete(key);
      entries.set(key, hit);
      c.header('x-cache', 'hit');
      return c.body(hit.body, 200, { 'content-type': 'application/json; charset=UTF-8' });
    }
    await next();
    if (c.res.status !== 200 || !c.res.headers.get('content-type')?.startsWith('application/json')) return;
    const body = await c.res.clone().text();
    if (body.length > MAX_BODY) return;
    entries.delete(key);
    entries.set(key, { stamp, body });
    if (entries.size > max) entries.delete(entries.keys().next().value!);
  };
}
