import dns, { type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { CorroborateError } from '../../domain/errors.js';
import { classifyAddress, parseIPv6, type AddressClass } from './address.js';

export interface AddressPolicy {
  /** fetch from loopback, private, link-local ... addresses (never from cloud metadata ones) */
  allowPrivate: boolean;
  /** exact addresses allowed even though they are not public (an intranet mirror, a test server) */
  allowedAddresses?: readonly string[];
}

// Host names refused before any DNS look-up: what they resolve to depends on where we run.
const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata.goog', 'metadata']);

const canonical = (ip: string): string =>
  isIP(ip) === 6
    ? parseIPv6(ip)
        .map((g) => g.toString(16))
        .join(':')
    : ip;

/** The reason `ip` may not be connected to under `policy`, or null when it may. */
export function addressRefusal(ip: string, policy: AddressPolicy): AddressClass | null {
  const c = classifyAddress(ip);
  if (!c) return null;
  if (policy.allowedAddresses?.some((a) => canonical(a) === canonical(ip))) return null;
  if (c.kind === 'metadata') return c;
  return policy.allowPrivate ? null : c;
}

/** `refusing to fetch http://127.0.0.1:8080/x.html: 127.0.0.1 is a loopback address (use --allow-private ...)` */
export function refusal(url: string, subject: string, why: AddressClass): CorroborateError {
  const mapped = why.embeddedIPv4 ? ` (it stands for ${why.embeddedIPv4})` : '';
  const hint =
    why.kind === 'metadata'
      ? ' (cloud metadata endpoints are never fetched)'
      : why.kind === 'reserved' || why.kind === 'multicast' || why.kind === 'broadcast'
        ? ''
        : ' (use --allow-private to allow it)';
  return new CorroborateError(
    'fetch_refused',
    `refusing to fetch ${url}: ${subject} ${why.description}${mapped}${hint}`,
  );
}

/** "[::1]" in a URL is "::1" to the resolver; "example.com." is "example.com". */
export const bareHost = (hostname: string): string =>
  hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();

/**
 * Refuses URLs that are not http(s), and hosts refused before any look-up: IP literals
 * (connected to without a look-up, so they are judged here), "localhost" and metadata names.
 */
export function checkUrl(url: URL, policy: AddressPolicy): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new CorroborateError(
      'fetch_refused',
      `refusing to fetch ${url.href}: only http and https URLs are fetched`,
    );
  const host = bareHost(url.hostname);
  if (isIP(host)) {
    const why = addressRefusal(host, policy);
    if (why) throw refusal(url.href, `${host} is`, why);
    return;
  }
  if (METADATA_HOSTS.has(host) && !policy.allowedAddresses?.includes(host))
    throw refusal(url.href, `${host} is`, { kind: 'metadata', description: 'a cloud metadata host' });
  if ((host === 'localhost' || host.endsWith('.localhost')) && !policy.allowPrivate)
    throw refusal(url.href, `${host} is`, { kind: 'loopback', description: 'a loopback host name' });
}

export type Resolver = (hostname: string, options: dns.LookupOptions) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (hostname, options) =>
  dns.promises.lookup(hostname, { ...options, all: true, verbatim: true });

/**
 * A `lookup` for http.request that refuses when ANY address the name resolves to is refused by
 * `policy`. The socket connects to the addresses checked here, so a name that answers with a
 * public address to one query and 127.0.0.1 to the next (DNS rebinding) cannot slip through.
 */
export function guardedLookup(
  url: string,
  policy: AddressPolicy,
  resolve: Resolver = systemResolver,
): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, options)
      .then((addresses) => {
        for (const a of addresses) {
          const why = addressRefusal(a.address, policy);
          if (why) throw refusal(url, `${bareHost(hostname)} resolves to ${a.address},`, why);
        }
        const first = addresses[0];
        if (!first) throw Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' });
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      })
      .catch((err: NodeJS.ErrnoException) => callback(err, ''));
  };
}
