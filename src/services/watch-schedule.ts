/**
 * When the watcher asks for things: poll intervals with jitter, exponential backoff after
 * failures, and the clock it reads (a fake one in tests).
 */

export const WATCH_DEFAULTS = {
  /** a feed is polled every 15 minutes unless it has its own interval */
  intervalMs: 15 * 60_000,
  /** ±10 %: feeds added together drift apart instead of being polled in one burst forever */
  jitter: 0.1,
  /** at most one request per host every 2 s (feeds and articles alike) */
  hostGapMs: 2_000,
  /** the first retry after a failure; doubled after each further one */
  retryBaseMs: 60_000,
  /** backoff never waits longer than 6 h, so a feed that comes back is noticed the same day */
  maxBackoffMs: 6 * 3600_000,
  /** an article is tried 8 times (about 2 h of backoff), then given up */
  itemAttempts: 8,
  /** items read from one feed (the parser's own cap) */
  maxItems: 500,
  /** the longest the watcher sleeps before looking for feeds added meanwhile */
  idleCheckMs: 60_000,
} as const;

export interface Clock {
  now(): number;
  /** resolves after `ms`, or at once when `signal` aborts */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal.aborted || ms <= 0) return resolve();
      const done = () => {
        clearTimeout(t);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const t = setTimeout(done, ms);
      signal.addEventListener('abort', done, { once: true });
    }),
};

export const iso = (ms: number): string => new Date(ms).toISOString();

/** `ms` moved by up to ±`jitter` of itself; `random` in [0, 1). */
export const jittered = (ms: number, jitter: number, random: () => number): number =>
  Math.round(ms * (1 - jitter + 2 * jitter * random()));

/** The wait after the `failures`-th failure in a row: base, 2 × base, 4 × base ... up to `cap`. */
export const backoffMs = (failures: number, base: number, cap: number): number =>
  Math.min(cap, base * 2 ** Math.min(30, Math.max(0, failures - 1)));

/** The politeness key of a URL: its host name ("Example.COM:8080" is "example.com"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
}

/** "15m", "90s", "1h30m", "2h", "45" (seconds) to milliseconds; null when it is none of these. */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(t)) return Math.round(Number(t) * 1000);
  const re = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/gy;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3600_000, d: 86_400_000 } as const;
  let total = 0;
  let end = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    total += Number(m[1]) * unit[m[2] as keyof typeof unit];
    end = re.lastIndex;
  }
  return end === t.length && end > 0 ? Math.round(total) : null;
}
