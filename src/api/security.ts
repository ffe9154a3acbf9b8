import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorBody } from './errors.js';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** Security headers on every response: a strict CSP, no sniffing, no framing, no referrer leak. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
};

function sameToken(given: string, want: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(want);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Writes need `Authorization: Bearer <token>`. Reads are open when the server listens on
 * loopback only, and need the token when it is reachable from elsewhere.
 */
export function auth(token: string, readsNeedToken: boolean): MiddlewareHandler {
  return async (c, next) => {
    const write = !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method);
    if (write || readsNeedToken) {
      const h = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(.+)$/i.exec(h);
      if (!m || !sameToken(m[1]!.trim(), token))
        return c.json(
          errorBody(
            'unauthorized',
            write
              ? 'writing needs the server token: Authorization: Bearer <CORROBORATE_TOKEN>'
              : 'this server needs its token for reads too',
          ),
          401,
        );
    }
    await next();
  };
}
