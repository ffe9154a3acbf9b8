/**
 * @module The feed watcher: polls every feed on its schedule, politely per host, and adds each
 * new item's article to the ledger. All its state is in the FeedStore, so a watcher started on
 * the same ledger after a stop (or a crash) carries on where the last one was.
 */
import type { ErrorCode } from '../domain/errors.js';
import { fetchFeed } from '../sources/feed-fetch.js';
import type { FetchLimits } from '../sources/http/limits.js';
import { RobotsCache } from '../sources/robots-cache.js';
import type { FetchOptions } from '../sources/url.js';
import type { RawArticle } from '../sources/file.js';
import type { FeedItemRecord, FeedRecord, FeedStore } from '../store/feeds-port.js';
import type { AddResult, Ledger } from './ledger.js';
import { takeItem, type ItemContext } from './watch-item.js';
import {
  backoffMs,
  hostOf,
  iso,
  jittered,
  systemClock,
  WATCH_DEFAULTS,
  type Clock,
} from './watch-schedule.js';

export interface WatchOptions {
  intervalMs?: number;
  hostGapMs?: number;
  jitter?: number;
  retryBaseMs?: number;
  maxBackoffMs?: number;
  itemAttempts?: number;
  maxItems?: number;
  /** the longest sleep between rounds (feeds added meanwhile are noticed within it) */
  idleCheckMs?: number;
  /** article and feed body cap (default 10 MB) */
  maxBytes?: number;
  /** one fetch, redirects and body included (default 30 s) */
  timeoutMs?: number;
  allowPrivate?: boolean;
  allowedAddresses?: readonly string[];
  limits?: Partial<FetchLimits>;
  clock?: Clock;
  random?: () => number;
  robotsCache?: RobotsCache;
  onEvent?: (e: WatchEvent) => void;
  /** how an article goes in (default `ledger.add`; `queuedAdd` on a PostgreSQL ledger with workers) */
  add?: (raw: RawArticle) => Promise<AddResult>;
  /** after each article that was new to the ledger (the follow check) */
  afterArticle?: (result: AddResult) => Promise<void>;
  /** at the end of each round (alerts whose delivery is due again) */
  afterRound?: () => Promise<void>;
}

export type WatchEvent =
  | { type: 'round'; feedsDue: number; itemsDue: number }
  | { type: 'polled'; feed: FeedRecord; newItems: number; notModified: boolean; warnings: string[] }
  | { type: 'feed-error'; feed: FeedRecord; error: string; failures: number; nextPollAt: string }
  | { type: 'article'; item: FeedItemRecord; result: AddResult }
  | { type: 'duplicate'; item: FeedItemRecord; articleId: number }
  | { type: 'item-error'; item: FeedItemRecord; error: string; gaveUp: boolean }
  | { type: 'hook-error'; error: string }
  | { type: 'idle'; until: string };

export interface WatchSummary {
  rounds: number;
  polls: number;
  notModified: number;
  feedErrors: number;
  newItems: number;
  added: number;
  duplicates: number;
  itemErrors: number;
  gaveUp: number;
}

type Job =
  { kind: 'feed'; feed: FeedRecord; host: string } | { kind: 'item'; item: FeedItemRecord; host: string };

// a failure that another try will not mend: the page is empty, binary, too large, not a feed ...
const PERMANENT = new Set<ErrorCode>([
  'input_empty',
  'input_binary',
  'input_too_large',
  'input_encoding',
  'usage',
  'language_unsupported',
]);

const BATCH = 1000;

/** `{ intervalMs: undefined }` must not override the default. */
const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export class Watcher {
  readonly summary: WatchSummary = {
    rounds: 0,
    polls: 0,
    notModified: 0,
    feedErrors: 0,
    newItems: 0,
    added: 0,
    duplicates: 0,
    itemErrors: 0,
    gaveUp: 0,
  };
  private readonly o: Required<
    Omit<
      WatchOptions,
      'add' | 'onEvent' | 'afterArticle' | 'afterRound' | 'limits' | 'maxBytes' | 'timeoutMs'
    >
  > &
    WatchOptions;
  private readonly halt = new AbortController();
  private readonly hostFree = new Map<string, number>();
  private readonly titles = new Map<number, string | null>();
  private readonly items: ItemContext;

  constructor(
    readonly ledger: Ledger,
    readonly feeds: FeedStore,
    opts: WatchOptions = {},
  ) {
    this.o = {
      ...WATCH_DEFAULTS,
      allowPrivate: false,
      allowedAddresses: [],
      clock: systemClock,
      random: Math.random,
      robotsCache: new RobotsCache(),
      ...defined(opts),
    };
    const fetch: FetchOptions = {
      allowPrivate: this.o.allowPrivate,
      allowedAddresses: this.o.allowedAddresses,
      maxBytes: this.o.maxBytes ?? 10 * 1024 * 1024,
      robots: 'respect',
      robotsCache: this.o.robotsCache,
      ...(this.o.timeoutMs ? { timeoutMs: this.o.timeoutMs } : {}),
      ...(this.o.limits ? { limits: this.o.limits } : {}),
    };
    this.items = {
      ledger,
      add: this.o.add ?? ((raw) => ledger.add(raw)),
      feeds,
      fetch,
      polite: (url) => this.polite(hostOf(url)),
      retryAt: (attempts, code) =>
        (code && PERMANENT.has(code)) || attempts >= this.o.itemAttempts
          ? null
          : iso(this.now() + this.backoff(attempts)),
      feedTitle: async (id) => {
        if (!this.titles.has(id)) this.titles.set(id, (await feeds.getFeed(id))?.title ?? null);
        return this.titles.get(id)!;
      },
    };
  }

  get stopping(): boolean {
    return this.halt.signal.aborted;
  }

  /** Asks the watcher to stop after the request or article in hand; `run` then returns. */
  stop(): void {
    this.halt.abort();
  }

  /** One round: every due feed polled once, every due item taken; for `--once` and cron. */
  async runOnce(): Promise<WatchSummary> {
    await this.round();
    return this.summary;
  }

  /** Rounds until `stop()`, sleeping until the next feed, item or alert is due. */
  async run(): Promise<WatchSummary> {
    while (!this.stopping) {
      const worked = await this.round();
      if (this.stopping) break;
      const next = await this.feeds.nextDueAt();
      const now = this.now();
      const due = next ? Date.parse(next) - now : this.o.idleCheckMs;
      // a round that found nothing to do sleeps at least a second, so nothing can spin
      const wait = Math.min(this.o.idleCheckMs, Math.max(worked ? 0 : 1000, due));
      if (wait > 0) {
        this.emit({ type: 'idle', until: iso(now + wait) });
        await this.o.clock.sleep(wait, this.halt.signal);
      }
    }
    return this.summary;
  }

  private now(): number {
    return this.o.clock.now();
  }

  private emit(e: WatchEvent): void {
    this.o.onEvent?.(e);
  }

  private backoff(failures: number): number {
    return jittered(
      backoffMs(failures, this.o.retryBaseMs, this.o.maxBackoffMs),
      this.o.jitter,
      this.o.random,
    );
  }

  /** Returns whether it did any work. */
  private async round(): Promise<boolean> {
    this.summary.rounds++;
    const now = iso(this.now());
    const feeds = await this.feeds.dueFeeds(now, BATCH);
    const items = await this.feeds.pendingItems(now, BATCH);
    const queued = new Set(items.map((i) => i.id));
    const jobs: Job[] = [
      ...feeds.map((feed): Job => ({ kind: 'feed', feed, host: hostOf(feed.url) })),
      ...items.map((item): Job => ({ kind: 'item', item, host: hostOf(item.url!) })),
    ];
    this.emit({ type: 'round', feedsDue: feeds.length, itemsDue: items.length });
    const worked = jobs.length > 0;
    while (jobs.length && !this.stopping) {
      const job = await this.pick(jobs);
      if (job.kind === 'item') {
        await this.take(job.item);
        continue;
      }
      if (!(await this.poll(job.feed))) continue;
      for (const item of await this.feeds.pendingItems(iso(this.now()), BATCH)) {
        if (queued.has(item.id)) continue;
        queued.add(item.id);
        jobs.push({ kind: 'item', item, host: hostOf(item.url!) });
      }
    }
    if (!this.stopping) await this.hook(this.o.afterRound);
    return worked;
  }

  /** Takes out the first job whose host may be asked now, else the one whose host frees first. */
  private async pick(jobs: Job[]): Promise<Job> {
    for (const host of new Set(jobs.map((j) => j.host))) await this.freeAt(host);
    const now = this.now();
    let best = 0;
    let bestAt = Infinity;
    for (const [i, job] of jobs.entries()) {
      const at = this.hostFree.get(job.host)!;
      if (at <= now) {
        best = i;
        break;
      }
      if (at < bestAt) {
        best = i;
        bestAt = at;
      }
    }
    return jobs.splice(best, 1)[0]!;
  }

  private async freeAt(host: string): Promise<number> {
    if (!this.hostFree.has(host)) {
      const at = await this.feeds.hostNextAllowed(host);
      this.hostFree.set(host, at ? Date.parse(at) : 0);
    }
    return this.hostFree.get(host)!;
  }

  /** Waits for the host's turn and takes it; false when stopped while waiting. */
  private async polite(host: string): Promise<boolean> {
    const wait = (await this.freeAt(host)) - this.now();
    if (wait > 0) await this.o.clock.sleep(wait, this.halt.signal);
    if (this.stopping) return false;
    const next = this.now() + this.o.hostGapMs;
    this.hostFree.set(host, next);
    await this.feeds.setHostNextAllowed(host, iso(next));
    return true;
  }

  /** Polls one feed; returns whether it brought new items. */
  private async poll(feed: FeedRecord): Promise<boolean> {
    if (!(await this.polite(hostOf(feed.url)))) return false;
    const at = this.now();
    this.summary.polls++;
    try {
      const out = await fetchFeed(feed.url, {
        allowPrivate: this.o.allowPrivate,
        allowedAddresses: this.o.allowedAddresses,
        etag: feed.etag,
        lastModified: feed.lastModified,
        maxItems: this.o.maxItems,
        robotsCache: this.o.robotsCache,
        ...(this.o.maxBytes ? { maxBytes: this.o.maxBytes } : {}),
        ...(this.o.timeoutMs ? { timeoutMs: this.o.timeoutMs } : {}),
        ...(this.o.limits ? { limits: this.o.limits } : {}),
      });
      const interval = feed.intervalS ? feed.intervalS * 1000 : this.o.intervalMs;
      const nextPollAt = iso(this.now() + jittered(interval, this.o.jitter, this.o.random));
      const validators = { etag: out.etag ?? feed.etag, lastModified: out.lastModified ?? feed.lastModified };
      const items = out.notModified
        ? []
        : out.feed.items.map((i) => ({ guid: i.guid, url: i.url, title: i.title, published: i.published }));
      const title = out.notModified ? null : out.feed.title;
      const { newItems } = await this.feeds.feedPolled(feed.id, {
        at: iso(at),
        nextPollAt,
        ...validators,
        title,
        items,
      });
      if (out.notModified) this.summary.notModified++;
      this.summary.newItems += newItems;
      this.emit({
        type: 'polled',
        feed,
        newItems,
        notModified: out.notModified,
        warnings: out.notModified ? [] : out.feed.warnings,
      });
      return newItems > 0;
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      const nextPollAt = iso(this.now() + this.backoff(feed.failures + 1));
      const after = await this.feeds.feedFailed(feed.id, { at: iso(at), nextPollAt, error });
      this.summary.feedErrors++;
      this.emit({
        type: 'feed-error',
        feed,
        error,
        failures: after?.failures ?? feed.failures + 1,
        nextPollAt,
      });
      return false;
    }
  }

  private async take(item: FeedItemRecord): Promise<void> {
    const out = await takeItem(this.items, item);
    switch (out.kind) {
      case 'added':
        this.summary.added++;
        this.emit({ type: 'article', item, result: out.result });
        await this.hook(() => this.o.afterArticle?.(out.result));
        return;
      case 'same':
        this.summary.duplicates++;
        this.emit({ type: 'duplicate', item, articleId: out.result.id });
        return;
      case 'duplicate':
        this.summary.duplicates++;
        this.emit({ type: 'duplicate', item, articleId: out.articleId });
        return;
      case 'failed':
        this.summary.itemErrors++;
        if (out.gaveUp) this.summary.gaveUp++;
        this.emit({ type: 'item-error', item, error: out.error, gaveUp: out.gaveUp });
        return;
      case 'stopped':
        return;
    }
  }

  /** A follow check or alert delivery that fails is reported; the watcher carries on. */
  private async hook(fn: (() => Promise<unknown> | undefined) | undefined): Promise<void> {
    try {
      await fn?.();
    } catch (e) {
      this.emit({ type: 'hook-error', error: e instanceof Error ? e.message : String(e) });
    }
  }
}
