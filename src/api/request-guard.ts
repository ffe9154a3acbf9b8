import { isIP } from 'node:net';
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './errors.js';

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '::1'];
const WILDCARD = new Set(['0.0.0.0', '::', '']);

/** "Example.org:8080" → "example.org", "[::1]:8080" → "::1". */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  const v6 = /^\[([^\]]+)\](?::\d+)?$/.exec(h);
  if (v6) return v6[1]!;
  if (isIP(h) === 6) return h;
  return h.replace(/:\d+$/, '').replace(/\.$/, '');
}

/**
 * The names a browser may use to reach this server: loopback, the address it listens on and any
 * `--allowed-host`. A server bound to every interface (0.0.0.0) also takes any IP literal: DNS
 * rebinding needs a name the attacker controls, never a bare address.
 */
export function hostAllowed(listen: string, extra: readonly string[] = []) {
  const names = new Set([...LOOPBACK_NAMES, listen, ...extra].map(hostName));
  const anyIp = WILDCARD.has(hostName(listen));
  return (host: string): boolean => {
    const h = hostName(host);
    return names.has(h) || (anyIp && isIP(h) !== 0);
  };
}

function wellEncoded(url: string): boolean {
  const q = url.indexOf('?');
  const pathPart = (q < 0 ? url : url.slice(0, q)).replace(/^[a-z]+:\/\/[^/]*/i, '');
  const parts = [pathPart, ...(q < 0 ? [] : url.slice(q + 1).split(/[&=]/))];
  try {
    for (const p of parts) decodeURIComponent(p.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses, before any route runs:
 * - a `Host` that is not one of this server's names (421): a page on evil.example whose name
 *   was rebound to 127.0.0.1 must not read the ledger;
 * - a write whose `Origin` is another site (403);
 * - a URL with malformed percent-encoding (`/%E0%A4%A`, 400) instead of failing deep inside.
 */
export function requestGuard(allowed: (host: string) => boolean): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!allowed(host))
      return c.json(
        errorBody('misdirected', `this server does not answer for the host "${hostName(host)}"`),
        421,
      );
    const origin = c.req.header('origin');
    if (origin && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      let ok = false;
      try {
        const o = new URL(origin);
        ok = (o.protocol === 'http:' || o.protocol === 'https:') && allowed(o.host);
      } catch {
        ok = false;
      }
      if (!ok) return c.json(errorBody('forbidden', `writes from the origin ${origin} are refused`), 403);
    }
    if (!wellEncoded(c.req.url))
      return c.json(errorBody('bad_request', 'the URL has malformed percent-encoding'), 400);
    await next();
  };
}
