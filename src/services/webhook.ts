import { CorroborateError } from '../domain/errors.js';
import { USER_AGENT } from '../sources/http/limits.js';
import { guardedRequest } from '../sources/http/request.js';
import { checkUrl, type AddressPolicy, type Resolver } from '../sources/net/guard.js';

export interface PostOptions extends AddressPolicy {
  /** the whole request, connection and answer included (default 10 s) */
  timeoutMs?: number;
  headers?: Record<string, string>;
  resolver?: Resolver;
}

const failed = (url: string, why: string) =>
  new CorroborateError('fetch_failed', `could not deliver to ${url}: ${why}`);

/**
 * POSTs `body` as JSON with the fetcher's address checks: the URL and every address its host
 * resolves to are judged by the same guard (private addresses need `allowPrivate`, cloud metadata
 * is never reached). Redirects are not followed: a webhook that moved must be updated by hand,
 * or a public endpoint could bounce alerts to an internal one. Resolves on a 2xx answer.
 */
export function postJson(target: string, body: unknown, opts: PostOptions): Promise<number> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return Promise.reject(new CorroborateError('usage', `not a valid webhook URL: ${target}`));
  }
  const policy: AddressPolicy = {
    allowPrivate: opts.allowPrivate,
    allowedAddresses: opts.allowedAddresses ?? [],
  };
  try {
    checkUrl(url, policy);
  } catch (e) {
    return Promise.reject(e);
  }
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = guardedRequest(
      url,
      'POST',
      {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(payload.length),
        'user-agent': USER_AGENT,
        ...opts.headers,
      },
      policy,
      opts.resolver,
    );
    const ms = opts.timeoutMs ?? 10_000;
    const timer = setTimeout(() => req.destroy(failed(url.href, `no answer within ${ms / 1000} s`)), ms);
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err instanceof CorroborateError ? err : failed(url.href, err.message));
    });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      // the answer's body is not needed; read a little so the connection closes cleanly
      let seen = 0;
      res.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen > 64 * 1024) res.destroy();
      });
      res.on('error', () => {});
      res.on('close', () => clearTimeout(timer));
      if (status >= 200 && status < 300) return resolve(status);
      const why =
        status >= 300 && status < 400
          ? `it answered ${status} (redirects are not followed)`
          : `it answered ${status}`;
      reject(failed(url.href, why));
    });
    req.end(payload);
  });
}
