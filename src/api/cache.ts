import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { LedgerStore } from '../store/port.js';

/** Responses larger than this are not kept: an article's full text with its spans, say. */
const MAX_BODY = 1024 * 1024;
/** All kept answers together (UTF-16 string sizes, keys included). */
const MAX_TOTAL = 32 * 1024 * 1024;

/**
 * Keeps JSON answers to GET requests until the ledger changes, the least recently used dropped
 * first once they pass `maxBytes` in all. The bound is on bytes, not entries: 256 entries of a
 * megabyte each would be half a gigabyte of strings. The store's change stamp moves with every
 * commit, this process's or another's (a `watch` running beside `serve`), so an answer is never
 * older than the data. Ten readers asking for the claims list cost one query, not ten.
 *
 * Every answer carries a weak ETag made of the change stamp (and the server's version): an
 * answer can only change when the ledger does, so a client that sends it back in
 * `If-None-Match` gets 304 with no body and no query while nothing was committed.
 */
export function readCache(store: LedgerStore, maxBytes = MAX_TOTAL, version = ''): MiddlewareHandler {
  const entries = new Map<string, { stamp: string; body: string }>();
  let bytes = 0;
  const size = (key: string, body: string) => 2 * (key.length + body.length);
  const drop = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    entries.delete(key);
    bytes -= size(key, e.body);
  };
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const stamp = await store.changeStamp();
    const etag = `W/"${createHash('sha1').update(`${version}\0${stamp}`).digest('base64url').slice(0, 20)}"`;
    const key = c.req.url;
    const fresh = /no-cache/.test(c.req.header('cache-control') ?? '');
    if (!fresh && matches(c.req.header('if-none-match'), etag))
      return c.body(null, 304, { etag, 'cache-control': 'no-cache' });
    // "Cache-Control: no-cache" asks for a fresh answer (the answer is still kept)
    const hit = fresh ? undefined : entries.get(key);
    if (hit?.stamp === stamp) {
      // most recently used last
      entries.delete(key);
      entries.set(key, hit);
      c.header('x-cache', 'hit');
      return c.body(hit.body, 200, {
        'content-type': 'application/json; charset=UTF-8',
        etag,
        'cache-control': 'no-cache',
      });
    }
    if (hit) drop(key);
    await next();
    if (c.res.status !== 200 || !c.res.headers.get('content-type')?.startsWith('application/json')) return;
    // browsers keep the answer but ask again each time (a 304 while nothing changed)
    c.res.headers.set('etag', etag);
    c.res.headers.set('cache-control', 'no-cache');
    const body = await c.res.clone().text();
    if (body.length > MAX_BODY || size(key, body) > maxBytes) return;
    drop(key);
    entries.set(key, { stamp, body });
    bytes += size(key, body);
    while (bytes > maxBytes) drop(entries.keys().next().value!);
  };
}

/** `If-None-Match` holds the tag (weak comparison: "W/" is ignored), or is "*". */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}
