/**
 * @module The one way Corroborate fetches from the network: SSRF-safe, bounded in time and
 * size, robots.txt-aware. Articles (url.ts), feeds (feed-fetch.ts) and robots.txt use it.
 */
import { CorroborateError } from '../domain/errors.js';
import { readBody } from './http/body.js';
import {
  ACCEPT,
  checkContentType,
  parseContentType,
  type ContentType,
  type ResourceKind,
} from './http/content-type.js';
import { ACCEPT_ENCODING, contentEncoding } from './http/decompress.js';
import { DEFAULT_LIMITS, USER_AGENT, type FetchLimits } from './http/limits.js';
import { openRequest, type OpenResponse } from './http/request.js';
import { checkUrl, type AddressPolicy, type Resolver } from './net/guard.js';
import { checkRobots, defaultRobotsCache, type RobotsCache, type RobotsLoader } from './robots-cache.js';

export interface FetchRequest extends AddressPolicy {
  kind: ResourceKind;
  limits?: Partial<FetchLimits>;
  /** "error" (default) refuses a body over `limits.maxBytes`; "truncate" keeps its start */
  oversize?: 'error' | 'truncate';
  /** validators from the last fetch; a 304 answer gives `notModified: true` */
  etag?: string | null;
  lastModified?: string | null;
  /** "respect" (default) checks robots.txt before every request, redirects included */
  robots?: 'respect' | 'ignore';
  robotsCache?: RobotsCache;
  userAgent?: string;
  /** DNS for tests */
  resolver?: Resolver;
}

interface Common {
  /** the URL the content came from, after redirects */
  url: string;
  /** every URL asked for, the first one included */
  chain: string[];
  etag: string | null;
  lastModified: string | null;
}

export interface Fetched extends Common {
  notModified: false;
  status: number;
  contentType: ContentType | null;
  bytes: Buffer;
  /** true when `oversize: "truncate"` cut the body at `maxBytes` */
  truncated: boolean;
}

export interface NotModified extends Common {
  notModified: true;
}

export type FetchOutcome = Fetched | NotModified;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const failed = (message: string) => new CorroborateError('fetch_failed', message);

export function parseFetchUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new CorroborateError('usage', `not a valid URL: ${url}`);
  }
}

function statusError(url: string, status: number, statusText: string | undefined): CorroborateError {
  const hint =
    status === 404 || status === 410
      ? ' (no such page)'
      : status === 401 || status === 403
        ? ' (the site does not let us read it)'
        : status === 429 || status >= 500
          ? ' (try again later)'
          : '';
  return failed(
    `could not fetch ${url}: the server answered ${status}${statusText ? ` ${statusText}` : ''}${hint}`,
  );
}

function drop(open: OpenResponse): void {
  open.close();
  open.res.destroy();
}

/** Fetches `url`, following redirects, and reads the body; non-2xx answers are errors. */
export async function fetchResource(url: string, req: FetchRequest): Promise<FetchOutcome> {
  const limits = { ...DEFAULT_LIMITS, ...req.limits };
  return fetchWithin(parseFetchUrl(url), req, limits, Date.now() + limits.totalMs, false);
}

async function fetchWithin(
  start: URL,
  req: FetchRequest,
  limits: FetchLimits,
  deadlineAt: number,
  anyStatus: boolean,
): Promise<FetchOutcome> {
  const headers: Record<string, string> = {
    'user-agent': req.userAgent ?? USER_AGENT,
    accept: ACCEPT[req.kind],
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (req.etag) headers['if-none-match'] = req.etag;
  if (req.lastModified) headers['if-modified-since'] = req.lastModified;
  const policy: AddressPolicy = {
    allowPrivate: req.allowPrivate,
    allowedAddresses: req.allowedAddresses ?? [],
  };
  const chain = [start.href];
  let current = start;
  for (;;) {
    checkUrl(current, policy);
    if (req.robots !== 'ignore' && req.kind !== 'robots')
      await checkRobots(
        current,
        req.robotsCache ?? defaultRobotsCache,
        robotsLoader(req, limits, deadlineAt),
      );
    const open = await openRequest({
      url: current,
      headers,
      policy,
      limits,
      deadlineAt,
      resolver: req.resolver,
    });
    const { res } = open;
    const status = res.statusCode ?? 0;
    const validators = {
      etag: (res.headers.etag as string | undefined) ?? null,
      lastModified: (res.headers['last-modified'] as string | undefined) ?? null,
    };
    if (REDIRECTS.has(status)) {
      drop(open);
      current = nextHop(current, res.headers.location, chain, limits.maxRedirects, start.href);
      continue;
    }
    if (status === 304 && (req.etag || req.lastModified)) {
      drop(open);
      return { notModified: true, url: current.href, chain, ...validators };
    }
    try {
      if (!anyStatus && (status < 200 || status > 299))
        throw statusError(current.href, status, res.statusMessage);
      const contentType = parseContentType(res.headers['content-type']);
      checkContentType(req.kind, contentType, current.href);
      const coding = contentEncoding(res.headers['content-encoding'], current.href);
      const body = await readBody(open, {
        url: current.href,
        coding,
        maxBytes: limits.maxBytes,
        idleMs: limits.idleMs,
        oversize: req.oversize ?? 'error',
      });
      return { notModified: false, url: current.href, chain, status, contentType, ...body, ...validators };
    } catch (e) {
      drop(open);
      throw e;
    }
  }
}

/** The URL a redirect points to, refusing loops, too many hops and a missing Location. */
function nextHop(from: URL, location: string | undefined, chain: string[], max: number, first: string): URL {
  if (!location) throw failed(`could not fetch ${from.href}: it redirects without saying where to`);
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw failed(`could not fetch ${from.href}: it redirects to an invalid URL (${location})`);
  }
  next.hash = '';
  if (chain.includes(next.href))
    throw failed(`could not fetch ${first}: redirect loop (${[...chain, next.href].join(' → ')})`);
  if (chain.length > max)
    throw failed(`could not fetch ${first}: more than ${max} redirects (${chain.join(' → ')} → …)`);
  chain.push(next.href);
  return next;
}

/** Loads robots.txt with the same address policy and deadline; 4xx/5xx come back as statuses. */
function robotsLoader(req: FetchRequest, limits: FetchLimits, deadlineAt: number): RobotsLoader {
  return async (robotsUrl) => {
    const robotsReq: FetchRequest = {
      kind: 'robots',
      allowPrivate: req.allowPrivate,
      allowedAddresses: req.allowedAddresses ?? [],
      oversize: 'truncate',
      robots: 'ignore',
      ...(req.userAgent ? { userAgent: req.userAgent } : {}),
      ...(req.resolver ? { resolver: req.resolver } : {}),
    };
    const out = await fetchWithin(
      parseFetchUrl(robotsUrl),
      robotsReq,
      { ...limits, maxBytes: 512 * 1024 },
      deadlineAt,
      true,
    );
    if (out.notModified) return { status: 304, text: '' };
    return { status: out.status, text: out.bytes.toString('utf8') };
  };
}
