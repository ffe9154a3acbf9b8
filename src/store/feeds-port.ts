/**
 * The watcher's storage port: feeds, the items seen in them, per-host politeness, follows and
 * the alerts they raise. Kept apart from the LedgerStore so the ledger's contract stays about
 * articles and claims. Times are ISO 8601 strings in UTC (`Date#toISOString`), which sort as
 * text. All state the watcher needs to resume after a restart lives here.
 */

export interface FeedRecord {
  id: number;
  url: string;
  title: string | null;
  addedAt: string;
  etag: string | null;
  lastModified: string | null;
  nextPollAt: string;
  /** this feed's own poll interval in seconds; null: the watcher's `--interval` */
  intervalS: number | null;
  /** consecutive failed polls; 0 after a success */
  failures: number;
  lastError: string | null;
  lastOkAt: string | null;
}

export interface FeedListing extends FeedRecord {
  items: number;
  /** items whose article is still to be fetched */
  pending: number;
  /** items that became (or matched) a ledger article */
  articles: number;
  /** items given up on */
  failed: number;
}

/** An item as a feed gave it. */
export interface FeedItemInput {
  guid: string;
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
}

/** pending: to fetch; done: in the ledger (article_id); failed: given up; skipped: nothing to fetch */
export type ItemStatus = 'pending' | 'done' | 'failed' | 'skipped';

export interface FeedItemRecord extends FeedItemInput {
  id: number;
  feedId: number;
  canonicalUrl: string | null;
  contentHash: string | null;
  firstSeen: string;
  articleId: number | null;
  status: ItemStatus;
  attempts: number;
  nextTryAt: string | null;
  lastError: string | null;
}

export interface FeedPolled {
  at: string;
  nextPollAt: string;
  etag: string | null;
  lastModified: string | null;
  /** the feed's own title, kept when the feed had none yet */
  title: string | null;
  /** every item the feed lists now; items already seen (same feed, same GUID) are ignored */
  items: FeedItemInput[];
}

export type FollowKind = 'claim' | 'entity';

export interface NewFollow {
  kind: FollowKind;
  /** a claim id ("12") or an entity id ("country:KP") */
  target: string;
  label: string | null;
  webhook: string | null;
  stdout: boolean;
  /** webhooks to private addresses were allowed when the follow was made (`--allow-private`) */
  allowPrivate: boolean;
  createdAt: string;
  /** what the follow has seen so far (JSON-serialisable) */
  state: unknown;
}

export interface FollowRecord extends NewFollow {
  id: number;
}

export interface FollowListing extends FollowRecord {
  alerts: number;
  undelivered: number;
}

export interface NewAlert {
  kind: string;
  payload: Record<string, unknown>;
}

export interface AlertRecord extends NewAlert {
  id: number;
  followId: number;
  createdAt: string;
  /** when it was printed on standard output, for a follow with `stdout` */
  printedAt: string | null;
  /** when every channel of the follow had it */
  deliveredAt: string | null;
  attempts: number;
  nextTryAt: string | null;
  lastError: string | null;
}

export interface FeedStore {
  addFeed(feed: {
    url: string;
    title: string | null;
    intervalS: number | null;
    at: string;
  }): Promise<{ feed: FeedRecord; created: boolean }>;
  /** by id, or by URL */
  getFeed(key: number | string): Promise<FeedRecord | null>;
  listFeeds(): Promise<FeedListing[]>;
  /** removes the feed and the items seen in it (articles stay in the ledger) */
  removeFeed(id: number): Promise<boolean>;
  /** feeds whose next poll is at or before `now`, the most overdue first */
  dueFeeds(now: string, limit: number): Promise<FeedRecord[]>;
  /** a successful poll: the validators, the next poll and the new items, written at once */
  feedPolled(id: number, polled: FeedPolled): Promise<{ newItems: number }>;
  /** a failed poll; returns the feed as it is now (null if it was removed meanwhile) */
  feedFailed(
    id: number,
    failed: { at: string; nextPollAt: string; error: string },
  ): Promise<FeedRecord | null>;

  /** pending items whose next try is at or before `now`, oldest first */
  pendingItems(now: string, limit: number): Promise<FeedItemRecord[]>;
  /** every item seen in a feed, in the order first seen */
  feedItems(feedId: number): Promise<FeedItemRecord[]>;
  /** the ledger article of an item (any feed) already done whose URL or canonical URL is one of `urls` */
  articleForUrl(urls: string[]): Promise<number | null>;
  itemDone(
    id: number,
    done: { articleId: number; canonicalUrl: string | null; contentHash: string | null },
  ): Promise<void>;
  /** a failed try: `nextTryAt` null gives up on the item (status "failed") */
  itemFailed(id: number, failed: { error: string; nextTryAt: string | null }): Promise<void>;
  /** the earliest time any feed, item or alert is due, or null when nothing is */
  nextDueAt(): Promise<string | null>;

  hostNextAllowed(host: string): Promise<string | null>;
  setHostNextAllowed(host: string, at: string): Promise<void>;

  /** a follow of the same target with the same channels is returned, not made twice */
  addFollow(follow: NewFollow): Promise<{ follow: FollowRecord; created: boolean }>;
  getFollow(id: number): Promise<FollowRecord | null>;
  listFollows(): Promise<FollowListing[]>;
  removeFollow(id: number): Promise<boolean>;
  /** writes a follow's new state and the alerts the change raised, at once */
  recordAlerts(followId: number, state: unknown, alerts: NewAlert[], at: string): Promise<AlertRecord[]>;
  followAlerts(followId: number): Promise<AlertRecord[]>;
  /** alerts not yet delivered whose next try is at or before `now`, oldest first */
  pendingAlerts(now: string, limit: number): Promise<AlertRecord[]>;
  alertPrinted(id: number, at: string): Promise<void>;
  alertDelivered(id: number, at: string): Promise<void>;
  /** a failed delivery: `nextTryAt` null gives up on it */
  alertFailed(id: number, failed: { error: string; nextTryAt: string | null }): Promise<void>;
}
