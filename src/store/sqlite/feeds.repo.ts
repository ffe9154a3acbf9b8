import type {
  AlertRecord,
  FeedItemRecord,
  FeedListing,
  FeedPolled,
  FeedRecord,
  FollowListing,
  FollowRecord,
  ItemStatus,
  NewAlert,
  NewFollow,
} from '../feeds-port.js';
import {
  toAlert,
  toFeed,
  toFollow,
  toItem,
  type AlertRow,
  type FeedRow,
  type FollowRow,
  type ItemRow,
} from '../feed-rows.js';
import type { DB } from './db.js';

/* All SQL of the watcher's tables (feeds, feed_items, hosts, follows, alerts). */

export function addFeed(
  db: DB,
  f: { url: string; title: string | null; intervalS: number | null; at: string },
) {
  const info = db
    .prepare(
      'INSERT INTO feeds (url, title, added_at, next_poll_at, interval_s) VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO NOTHING',
    )
    .run(f.url, f.title, f.at, f.at, f.intervalS);
  return { feed: getFeed(db, f.url)!, created: info.changes > 0 };
}

export function getFeed(db: DB, key: number | string): FeedRecord | null {
  const r = db.prepare(`SELECT * FROM feeds WHERE ${typeof key === 'number' ? 'id' : 'url'} = ?`).get(key) as
    FeedRow | undefined;
  return r ? toFeed(r) : null;
}

export function listFeeds(db: DB): FeedListing[] {
  const rows = db
    .prepare(
      `SELECT f.*, count(i.id) AS items,
         coalesce(sum(i.status = 'pending'), 0) AS pending,
         coalesce(sum(i.status = 'done'), 0) AS articles,
         coalesce(sum(i.status = 'failed'), 0) AS failed
       FROM feeds f LEFT JOIN feed_items i ON i.feed_id = f.id GROUP BY f.id ORDER BY f.id`,
    )
    .all() as Array<FeedRow & { items: number; pending: number; articles: number; failed: number }>;
  return rows.map((r) => ({
    ...toFeed(r),
    items: Number(r.items),
    pending: Number(r.pending),
    articles: Number(r.articles),
    failed: Number(r.failed),
  }));
}

export function removeFeed(db: DB, id: number): boolean {
  return db.prepare('DELETE FROM feeds WHERE id = ?').run(id).changes > 0;
}

export function dueFeeds(db: DB, now: string, limit: number): FeedRecord[] {
  return (
    db
      .prepare('SELECT * FROM feeds WHERE next_poll_at <= ? ORDER BY next_poll_at, id LIMIT ?')
      .all(now, limit) as FeedRow[]
  ).map(toFeed);
}

/** Run inside a transaction: the validators must never be saved without the items they cover. */
export function feedPolled(db: DB, id: number, p: FeedPolled): { newItems: number } {
  db.prepare(
    `UPDATE feeds SET etag = ?, last_modified = ?, next_poll_at = ?, failures = 0, last_error = NULL, last_ok_at = ?,
       title = coalesce(title, ?) WHERE id = ?`,
  ).run(p.etag, p.lastModified, p.nextPollAt, p.at, p.title, id);
  const insert = db.prepare(
    `INSERT INTO feed_items (feed_id, guid, url, title, published, first_seen, status, next_try_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(feed_id, guid) DO NOTHING`,
  );
  let newItems = 0;
  for (const it of p.items) {
    const status: ItemStatus = it.url ? 'pending' : 'skipped';
    newItems += insert.run(
      id,
      it.guid,
      it.url,
      it.title,
      it.published,
      p.at,
      status,
      it.url ? p.at : null,
    ).changes;
  }
  return { newItems };
}

export function feedFailed(
  db: DB,
  id: number,
  f: { at: string; nextPollAt: string; error: string },
): FeedRecord | null {
  db.prepare('UPDATE feeds SET failures = failures + 1, last_error = ?, next_poll_at = ? WHERE id = ?').run(
    f.error,
    f.nextPollAt,
    id,
  );
  return getFeed(db, id);
}

export function pendingItems(db: DB, now: string, limit: number): FeedItemRecord[] {
  return (
    db
      .prepare(
        "SELECT * FROM feed_items WHERE status = 'pending' AND next_try_at <= ? ORDER BY next_try_at, id LIMIT ?",
      )
      .all(now, limit) as ItemRow[]
  ).map(toItem);
}

export function feedItems(db: DB, feedId: number): FeedItemRecord[] {
  return (db.prepare('SELECT * FROM feed_items WHERE feed_id = ? ORDER BY id').all(feedId) as ItemRow[]).map(
    toItem,
  );
}

export function articleForUrl(db: DB, urls: string[]): number | null {
  const stmt = db.prepare(
    "SELECT article_id FROM feed_items WHERE status = 'done' AND article_id IS NOT NULL AND (url = ? OR canonical_url = ?) LIMIT 1",
  );
  for (const u of urls) {
    const r = stmt.get(u, u) as { article_id: number } | undefined;
    if (r) return Number(r.article_id);
  }
  return null;
}

export function itemDone(
  db: DB,
  id: number,
  d: { articleId: number; canonicalUrl: string | null; contentHash: string | null },
): void {
  db.prepare(
    "UPDATE feed_items SET status = 'done', article_id = ?, canonical_url = ?, content_hash = ?, attempts = attempts + 1, next_try_at = NULL, last_error = NULL WHERE id = ?",
  ).run(d.articleId, d.canonicalUrl, d.contentHash, id);
}

export function itemFailed(db: DB, id: number, f: { error: string; nextTryAt: string | null }): void {
  db.prepare(
    'UPDATE feed_items SET status = ?, attempts = attempts + 1, next_try_at = ?, last_error = ? WHERE id = ?',
  ).run(f.nextTryAt ? 'pending' : 'failed', f.nextTryAt, f.error, id);
}

export function nextDueAt(db: DB): string | null {
  const r = db
    .prepare(
      `SELECT min(t) AS t FROM (
         SELECT min(next_poll_at) AS t FROM feeds
         UNION ALL SELECT min(next_try_at) FROM feed_items WHERE status = 'pending'
         UNION ALL SELECT min(next_try_at) FROM alerts WHERE delivered_at IS NULL)`,
    )
    .get() as { t: string | null };
  return r.t;
}

export function hostNextAllowed(db: DB, host: string): string | null {
  return (
    (
      db.prepare('SELECT next_allowed_at FROM hosts WHERE host = ?').get(host) as
        { next_allowed_at: string } | undefined
    )?.next_allowed_at ?? null
  );
}

export function setHostNextAllowed(db: DB, host: string, at: string): void {
  db.prepare(
    'INSERT INTO hosts (host, next_allowed_at) VALUES (?, ?) ON CONFLICT(host) DO UPDATE SET next_allowed_at = excluded.next_allowed_at',
  ).run(host, at);
}

export function addFollow(db: DB, f: NewFollow): { follow: FollowRecord; created: boolean } {
  const same = db
    .prepare(
      "SELECT * FROM follows WHERE kind = ? AND target = ? AND coalesce(webhook, '') = ? AND stdout = ?",
    )
    .get(f.kind, f.target, f.webhook ?? '', f.stdout ? 1 : 0) as FollowRow | undefined;
  if (same) return { follow: toFollow(same), created: false };
  const info = db
    .prepare(
      'INSERT INTO follows (kind, target, label, webhook, stdout, allow_private, created_at, last_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      f.kind,
      f.target,
      f.label,
      f.webhook,
      f.stdout ? 1 : 0,
      f.allowPrivate ? 1 : 0,
      f.createdAt,
      JSON.stringify(f.state),
    );
  return { follow: getFollow(db, Number(info.lastInsertRowid))!, created: true };
}

export function getFollow(db: DB, id: number): FollowRecord | null {
  const r = db.prepare('SELECT * FROM follows WHERE id = ?').get(id) as FollowRow | undefined;
  return r ? toFollow(r) : null;
}

export function listFollows(db: DB): FollowListing[] {
  const rows = db
    .prepare(
      `SELECT f.*, count(a.id) AS alerts, coalesce(sum(a.id IS NOT NULL AND a.delivered_at IS NULL), 0) AS undelivered
       FROM follows f LEFT JOIN alerts a ON a.follow_id = f.id GROUP BY f.id ORDER BY f.id`,
    )
    .all() as Array<FollowRow & { alerts: number; undelivered: number }>;
  return rows.map((r) => ({ ...toFollow(r), alerts: Number(r.alerts), undelivered: Number(r.undelivered) }));
}

export function removeFollow(db: DB, id: number): boolean {
  return db.prepare('DELETE FROM follows WHERE id = ?').run(id).changes > 0;
}

/** Run inside a transaction: a state that moved on without its alerts would lose them. */
export function recordAlerts(
  db: DB,
  followId: number,
  state: unknown,
  alerts: NewAlert[],
  at: string,
): AlertRecord[] {
  db.prepare('UPDATE follows SET last_state = ? WHERE id = ?').run(JSON.stringify(state), followId);
  const insert = db.prepare(
    'INSERT INTO alerts (follow_id, kind, payload, created_at, next_try_at) VALUES (?, ?, ?, ?, ?)',
  );
  const ids = alerts.map((a) =>
    Number(insert.run(followId, a.kind, JSON.stringify(a.payload), at, at).lastInsertRowid),
  );
  const get = db.prepare('SELECT * FROM alerts WHERE id = ?');
  return ids.map((id) => toAlert(get.get(id) as AlertRow));
}

export function pendingAlerts(db: DB, now: string, limit: number): AlertRecord[] {
  return (
    db
      .prepare(
        'SELECT * FROM alerts WHERE delivered_at IS NULL AND next_try_at IS NOT NULL AND next_try_at <= ? ORDER BY next_try_at, id LIMIT ?',
      )
      .all(now, limit) as AlertRow[]
  ).map(toAlert);
}

export function followAlerts(db: DB, followId: number): AlertRecord[] {
  return (db.prepare('SELECT * FROM alerts WHERE follow_id = ? ORDER BY id').all(followId) as AlertRow[]).map(
    toAlert,
  );
}

export function alertPrinted(db: DB, id: number, at: string): void {
  db.prepare('UPDATE alerts SET printed_at = ? WHERE id = ?').run(at, id);
}

export function alertDelivered(db: DB, id: number, at: string): void {
  db.prepare(
    'UPDATE alerts SET delivered_at = ?, attempts = attempts + 1, next_try_at = NULL, last_error = NULL WHERE id = ?',
  ).run(at, id);
}

export function alertFailed(db: DB, id: number, f: { error: string; nextTryAt: string | null }): void {
  db.prepare('UPDATE alerts SET attempts = attempts + 1, next_try_at = ?, last_error = ? WHERE id = ?').run(
    f.nextTryAt,
    f.error,
    id,
  );
}
