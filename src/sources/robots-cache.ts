import { CorroborateError } from '../domain/errors.js';
import { isAllowed, parseRobots, ALLOW_ALL, DISALLOW_ALL, type RobotsRules } from './robots.js';

export interface RobotsEntry {
  rules: RobotsRules;
  /** why the rules are what they are when robots.txt was not read: "answered 503" */
  note: string | null;
  expiresAt: number;
}

/** What the loader returns for robots.txt; it throws only when nothing came back at all. */
export interface RobotsResponse {
  status: number;
  text: string;
}

export type RobotsLoader = (robotsUrl: string) => Promise<RobotsResponse>;

const DAY = 24 * 3600_000;
const UNREACHABLE_TTL = 10 * 60_000;

/**
 * robots.txt per origin ("https://example.com:443"), kept for a day (RFC 9309 caps caching at
 * 24 hours) and at most `maxOrigins` origins. Concurrent fetches for one origin share a load.
 */
export class RobotsCache {
  readonly #entries = new Map<string, Promise<RobotsEntry>>();

  constructor(
    readonly maxOrigins = 1000,
    readonly now: () => number = Date.now,
  ) {}

  async get(origin: string, load: RobotsLoader): Promise<RobotsEntry> {
    const hit = this.#entries.get(origin);
    if (hit) {
      const entry = await hit;
      if (entry.expiresAt > this.now()) return entry;
      this.#entries.delete(origin);
    }
    const pending = this.#load(origin, load);
    this.#entries.set(origin, pending);
    while (this.#entries.size > this.maxOrigins) this.#entries.delete(this.#entries.keys().next().value!);
    try {
      return await pending;
    } catch (e) {
      this.#entries.delete(origin);
      throw e;
    }
  }

  async #load(origin: string, load: RobotsLoader): Promise<RobotsEntry> {
    const { status, text } = await load(`${origin}/robots.txt`);
    const now = this.now();
    if (status >= 200 && status < 300) return { rules: parseRobots(text), note: null, expiresAt: now + DAY };
    // RFC 9309 §2.3.1.3-4: "unavailable" (4xx) allows everything, "unreachable" (5xx) nothing
    if (status >= 400 && status < 500) return { rules: ALLOW_ALL, note: null, expiresAt: now + DAY };
    return {
      rules: DISALLOW_ALL,
      note: `its robots.txt answered ${status}`,
      expiresAt: now + UNREACHABLE_TTL,
    };
  }
}

export const defaultRobotsCache = new RobotsCache();

/**
 * Refuses `url` when its site's robots.txt disallows it for Corroborate. A robots.txt that
 * cannot be fetched at all (network error, timeout) does not block: the page fetch that follows
 * will fail with the clearer reason, as will a refusal to connect (a private address).
 */
export async function checkRobots(url: URL, cache: RobotsCache, load: RobotsLoader): Promise<void> {
  let entry: RobotsEntry;
  try {
    entry = await cache.get(url.origin, load);
  } catch {
    return;
  }
  if (isAllowed(entry.rules, `${url.pathname}${url.search}`)) return;
  const why = entry.note
    ? `${entry.note}, so the site is treated as closed to crawlers for now`
    : 'its robots.txt disallows it';
  throw new CorroborateError(
    'fetch_refused',
    `refusing to fetch ${url.href}: ${why} (use --ignore-robots to fetch it anyway)`,
  );
}
