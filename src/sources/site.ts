import { isIP } from 'node:net';

// Second-level labels under which a two-letter country code registers names for the public:
// "bbc.co.uk", "detik.co.id", "kompas.go.id", "abc.net.au", "x.my.id".
const GENERIC_SECOND_LEVEL = new Set([
  'co',
  'com',
  'ac',
  'go',
  'or',
  'ne',
  'net',
  'org',
  'gov',
  'gob',
  'edu',
  'sch',
  'web',
  'my',
  'mil',
  'ltd',
  'plc',
  'nic',
  'biz',
  'info',
]);

/**
 * The name a site registered, from a host: "news.example.com" → "example.com",
 * "www.bbc.co.uk" → "bbc.co.uk". A conservative reading of the public suffix list without
 * shipping it: the last two labels, or three under a generic second level of a country code.
 * An IP address is its own site.
 */
export function registrableDomain(host: string): string {
  const h = host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (isIP(h)) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const [sld, tld] = labels.slice(-2) as [string, string];
  const keep = tld.length === 2 && GENERIC_SECOND_LEVEL.has(sld) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** True when two http(s) URLs are on the same registrable domain (ports and schemes aside). */
export function sameSite(a: string, b: string): boolean {
  try {
    return registrableDomain(new URL(a).hostname) === registrableDomain(new URL(b).hostname);
  } catch {
    return false;
  }
}
