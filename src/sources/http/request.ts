import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { bareHost, checkUrl, guardedLookup, type AddressPolicy, type Resolver } from '../net/guard.js';
import { networkError, timeoutError } from './errors.js';
import type { FetchLimits } from './limits.js';

export interface RequestSpec {
  url: URL;
  headers: Record<string, string>;
  policy: AddressPolicy;
  limits: FetchLimits;
  /** Date.now() by which the whole fetch (all hops and the body) must be done */
  deadlineAt: number;
  /** DNS for tests; the system resolver otherwise */
  resolver?: Resolver;
}

/**
 * An HTTP(S) request whose every DNS answer is checked against `policy` (so a name cannot
 * resolve to a private address after `checkUrl` passed), with SNI for named hosts and no
 * shared agent. Not sent until `end()`.
 */
export function guardedRequest(
  url: URL,
  method: string,
  headers: Record<string, string>,
  policy: AddressPolicy,
  resolver?: Resolver,
): http.ClientRequest {
  const secure = url.protocol === 'https:';
  const host = bareHost(url.hostname);
  return (secure ? https : http).request({
    protocol: url.protocol,
    hostname: host,
    port: url.port || (secure ? 443 : 80),
    path: `${url.pathname}${url.search}`,
    method,
    headers,
    agent: false,
    lookup: guardedLookup(url.href, policy, resolver),
    ...(secure && !isIP(host) ? { servername: host } : {}),
  });
}

export interface OpenResponse {
  res: IncomingMessage;
  /** destroys the connection; whoever reads the body sees `err` */
  abort(err: Error): void;
  /** clears the timers once the body is read or dropped */
  close(): void;
}

/**
 * One GET, no redirects followed. Resolves when the response headers arrive; the total deadline
 * keeps running until `close()`, so it also cuts off a body that arrives too slowly.
 */
export function openRequest(spec: RequestSpec): Promise<OpenResponse> {
  const { url, limits } = spec;
  checkUrl(url, spec.policy);
  return new Promise((resolve, reject) => {
    const req = guardedRequest(url, 'GET', spec.headers, spec.policy, spec.resolver);
    let res: IncomingMessage | undefined;
    const timers = new Set<NodeJS.Timeout>();
    const close = () => timers.forEach(clearTimeout);
    const abort = (err: Error) => {
      close();
      res?.destroy(err);
      req.destroy(err);
    };
    const after = (ms: number, make: () => Error) => {
      const t = setTimeout(() => abort(make()), Math.max(0, ms));
      timers.add(t);
      return t;
    };
    after(spec.deadlineAt - Date.now(), () => timeoutError(url.href, 'total', limits.totalMs));
    const connect = after(limits.connectMs, () => timeoutError(url.href, 'connect', limits.connectMs));
    let firstByte: NodeJS.Timeout | undefined;
    req.on('socket', (socket) => {
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
        clearTimeout(connect);
        firstByte = after(limits.firstByteMs, () => timeoutError(url.href, 'first byte', limits.firstByteMs));
      });
    });
    req.on('response', (r) => {
      res = r;
      clearTimeout(connect);
      clearTimeout(firstByte);
      // the body reader listens from here on; this keeps a late error from going unhandled
      r.on('error', () => {});
      resolve({ res: r, abort, close });
    });
    req.on('error', (err) => {
      close();
      reject(networkError(url.href, err));
    });
    req.end();
  });
}
