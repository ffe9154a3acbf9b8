import type { AlertRecord, FeedItemRecord, FeedRecord, FollowRecord, ItemStatus } from './feeds-port.js';

/*
 * The watcher's rows (feeds, feed_items, follows, alerts) as both stores read them, and the records
 * made from them. One definition: SQLite hands back integers where PostgreSQL hands back numbers
 * and booleans, and the mappers accept both.
 */

export interface FeedRow {
  id: number;
  url: string;
  title: string | null;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  next_poll_at: string;
  interval_s: number | null;
  failures: number;
  last_error: string | null;
  last_ok_at: string | null;
}

export const toFeed = (r: FeedRow): FeedRecord => ({
  id: Number(r.id),
  url: r.url,
  title: r.title,
  addedAt: r.added_at,
  etag: r.etag,
  lastModified: r.last_modified,
  nextPollAt: r.next_poll_at,
  intervalS: r.interval_s === null ? null : Number(r.interval_s),
  failures: Number(r.failures),
  lastError: r.last_error,
  lastOkAt: r.last_ok_at,
});

export interface ItemRow {
  id: number;
  feed_id: number;
  guid: string;
  url: string | null;
  canonical_url: string | null;
  title: string | null;
  published: string | null;
  content_hash: string | null;
  first_seen: string;
  article_id: number | null;
  status: ItemStatus;
  attempts: number;
  next_try_at: string | null;
  last_error: string | null;
}

export const toItem = (r: ItemRow): FeedItemRecord => ({
  id: Number(r.id),
  feedId: Number(r.feed_id),
  guid: r.guid,
  url: r.url,
  canonicalUrl: r.canonical_url,
  title: r.title,
  published: r.published,
  contentHash: r.content_hash,
  firstSeen: r.first_seen,
  articleId: r.article_id === null ? null : Number(r.article_id),
  status: r.status,
  attempts: Number(r.attempts),
  nextTryAt: r.next_try_at,
  lastError: r.last_error,
});

export interface FollowRow {
  id: number;
  kind: 'claim' | 'entity';
  target: string;
  label: string | null;
  webhook: string | null;
  stdout: number | boolean;
  allow_private: number | boolean;
  created_at: string;
  last_state: string;
}

export const toFollow = (r: FollowRow): FollowRecord => ({
  id: Number(r.id),
  kind: r.kind,
  target: r.target,
  label: r.label,
  webhook: r.webhook,
  stdout: !!r.stdout,
  allowPrivate: !!r.allow_private,
  createdAt: r.created_at,
  state: JSON.parse(r.last_state) as unknown,
});

export interface AlertRow {
  id: number;
  follow_id: number;
  kind: string;
  payload: string;
  created_at: string;
  printed_at: string | null;
  delivered_at: string | null;
  attempts: number;
  next_try_at: string | null;
  last_error: string | null;
}

export const toAlert = (r: AlertRow): AlertRecord => ({
  id: Number(r.id),
  followId: Number(r.follow_id),
  kind: r.kind,
  payload: JSON.parse(r.payload) as Record<string, unknown>,
  createdAt: r.created_at,
  printedAt: r.printed_at,
  deliveredAt: r.delivered_at,
  attempts: Number(r.attempts),
  nextTryAt: r.next_try_at,
  lastError: r.last_error,
});
