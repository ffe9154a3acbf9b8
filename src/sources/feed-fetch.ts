import { CorroborateError } from '../domain/errors.js';
import { decodeDocument } from './charset.js';
import { sniffBinary } from './decode.js';
import { fetchResource } from './fetch.js';
import { parseFeed, type Feed } from './feed.js';
import { mb, type FetchLimits } from './http/limits.js';
import type { Resolver } from './net/guard.js';
import type { RobotsCache } from './robots-cache.js';

export interface FeedFetchOptions {
  allowPrivate: boolean;
  allowedAddresses?: readonly string[];
  /** bytes read; a longer feed is cut here and its complete items read (default 10 MB) */
  maxBytes?: number;
  timeoutMs?: number;
  limits?: Partial<FetchLimits>;
  maxItems?: number;
  /** validators from the last fetch, for a conditional request */
  etag?: string | null;
  lastModified?: string | null;
  /** feeds are fetched by a machine on a schedule: robots.txt is respected unless "ignore" */
  robots?: 'respect' | 'ignore';
  robotsCache?: RobotsCache;
  resolver?: Resolver;
}

interface Validators {
  /** the URL the feed came from, after redirects */
  url: string;
  etag: string | null;
  lastModified: string | null;
}

export type FeedFetch =
  (Validators & { notModified: true }) | (Validators & { notModified: false; feed: Feed });

/** Fetches and parses a feed; `notModified` when the validators still match. */
export async function fetchFeed(url: string, opts: FeedFetchOptions): Promise<FeedFetch> {
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const out = await fetchResource(url, {
    kind: 'feed',
    allowPrivate: opts.allowPrivate,
    allowedAddresses: opts.allowedAddresses ?? [],
    limits: { ...opts.limits, maxBytes, ...(opts.timeoutMs ? { totalMs: opts.timeoutMs } : {}) },
    oversize: 'truncate',
    etag: opts.etag ?? null,
    lastModified: opts.lastModified ?? null,
    robots: opts.robots ?? 'respect',
    ...(opts.robotsCache ? { robotsCache: opts.robotsCache } : {}),
    ...(opts.resolver ? { resolver: opts.resolver } : {}),
  });
  const validators = { url: out.url, etag: out.etag, lastModified: out.lastModified };
  if (out.notModified) return { notModified: true, ...validators };
  const binary = sniffBinary(out.bytes, out.contentType?.charset);
  if (binary) throw new CorroborateError('input_binary', `${out.url} is not a feed: it looks like ${binary}`);
  const json =
    out.contentType?.mime.includes('json') || /^\s*[{[]/.test(out.bytes.subarray(0, 64).toString('latin1'));
  const decoded = decodeDocument(out.bytes, out.contentType?.charset ?? null, json ? 'text' : 'xml', out.url);
  if (out.truncated && json)
    throw new CorroborateError(
      'input_too_large',
      `${out.url} is more than the ${mb(maxBytes)} limit (raise it with --max-bytes)`,
    );
  const feed = parseFeed(decoded.text, {
    url: out.url,
    ...(opts.maxItems ? { maxItems: opts.maxItems } : {}),
  });
  const notes = out.truncated
    ? [`${out.url} is more than ${mb(maxBytes)}; read its first ${mb(maxBytes)}`]
    : [];
  return {
    notModified: false,
    ...validators,
    feed: { ...feed, warnings: [...decoded.warnings, ...notes, ...feed.warnings] },
  };
}
