import type { FeedItemRecord, FeedListing, FeedPolled, FeedRecord } from '../feeds-port.js';
import { toFeed, toItem, type FeedRow, type ItemRow } from '../feed-rows.js';
import { one, q, rows, type PgDb } from './db.js';

/* The watcher's feeds, items and hosts in PostgreSQL: the SQL of `../sqlite/feeds.repo.ts`, async. */

export async function addFeed(
  db: PgDb,
  f: { url: string; title: string | null; intervalS: number | null; at: string },
) {
  const made = await q(
    db,
    'INSERT INTO feeds (url, title, added_at, next_poll_at, interval_s) VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING',
    [f.url, f.title, f.at, f.at, f.intervalS],
  );
  return { feed: (await getFeed(db, f.url))!, created: (made.rowCount ?? 0) > 0 };
}

export async function getFeed(db: PgDb, key: number | string): Promise<FeedRecord | null> {
  const r = await one<FeedRow>(
    db,
    `SELECT * FROM feeds WHERE ${typeof key === 'number' ? 'id' : 'url'} = ?`,
    [key],
  );
  return r ? toFeed(r) : null;
}

export async function listFeeds(db: PgDb): Promise<FeedListing[]> {
  const rs = await rows<FeedRow & { items: number; pending: number; articles: number; failed: number }>(
    db,
    `SELECT f.*, count(i.id) AS items,
       count(*) FILTER (WHERE i.status = 'pending') AS pending,
       count(*) FILTER (WHERE i.status = 'done') AS articles,
       count(*) FILTER (WHERE i.status = 'failed') AS failed
     FROM feeds f LEFT JOIN feed_items i ON i.feed_id = f.id GROUP BY f.id ORDER BY f.id`,
  );
  return rs.map((r) => ({
    ...toFeed(r),
    items: r.items,
    pending: r.pending,
    articles: r.articles,
    failed: r.failed,
  }));
}

export async function removeFeed(db: PgDb, id: number): Promise<boolean> {
  return ((await q(db, 'DELETE FROM feeds WHERE id = ?', [id])).rowCount ?? 0) > 0;
}

export async function dueFeeds(db: PgDb, now: string, limit: number): Promise<FeedRecord[]> {
  return (
    await rows<FeedRow>(db, 'SELECT * FROM feeds WHERE next_poll_at <= ? ORDER BY next_poll_at, id LIMIT ?', [
      now,
      limit,
    ])
  ).map(toFeed);
}

/** Run inside a transaction: the validators must never be saved without the items they cover. */
export async function feedPolled(db: PgDb, id: number, p: FeedPolled): Promise<{ newItems: number }> {
  await q(
    db,
    `UPDATE feeds SET etag = ?, last_modified = ?, next_poll_at = ?, failures = 0, last_error = NULL, last_ok_at = ?,
       title = coalesce(title, ?) WHERE id = ?`,
    [p.etag, p.lastModified, p.nextPollAt, p.at, p.title, id],
  );
  if (!p.items.length) return { newItems: 0 };
  // one statement for every item: a feed lists hundreds, and each round trip counts
  const made = await q(
    db,
    `INSERT INTO feed_items (feed_id, guid, url, title, published, first_seen, status, next_try_at)
     SELECT ?, i.guid, i.url, i.title, i.published, ?, CASE WHEN i.url IS NULL THEN 'skipped' ELSE 'pending' END,
       CASE WHEN i.url IS NULL THEN NULL ELSE ? END
     FROM jsonb_to_recordset(?::jsonb) AS i(n INTEGER, guid TEXT, url TEXT, title TEXT, published TEXT)
     ORDER BY i.n
     ON CONFLICT (feed_id, guid) DO NOTHING`,
    [id, p.at, p.at, JSON.stringify(p.items.map((it, n) => ({ n, ...it })))],
  );
  return { newItems: made.rowCount ?? 0 };
}

export async function feedFailed(
  db: PgDb,
  id: number,
  f: { at: string; nextPollAt: string; error: string },
): Promise<FeedRecord | null> {
  await q(db, 'UPDATE feeds SET failures = failures + 1, last_error = ?, next_poll_at = ? WHERE id = ?', [
    f.error,
    f.nextPollAt,
    id,
  ]);
  return getFeed(db, id);
}

export async function pendingItems(db: PgDb, now: string, limit: number): Promise<FeedItemRecord[]> {
  return (
    await rows<ItemRow>(
      db,
      "SELECT * FROM feed_items WHERE status = 'pending' AND next_try_at <= ? ORDER BY next_try_at, id LIMIT ?",
      [now, limit],
    )
  ).map(toItem);
}

export async function feedItems(db: PgDb, feedId: number): Promise<FeedItemRecord[]> {
  return (await rows<ItemRow>(db, 'SELECT * FROM feed_items WHERE feed_id = ? ORDER BY id', [feedId])).map(
    toItem,
  );
}

/** The first of `urls` (in their order) that an item already in the ledger has as URL or canonical URL. */
export async function articleForUrl(db: PgDb, urls: string[]): Promise<number | null> {
  if (!urls.length) return null;
  const r = await one<{ article_id: number }>(
    db,
    `SELECT i.article_id FROM unnest(?::text[]) WITH ORDINALITY AS u(url, n)
     JOIN feed_items i ON i.status = 'done' AND i.article_id IS NOT NULL AND (i.url = u.url OR i.canonical_url = u.url)
     ORDER BY u.n LIMIT 1`,
    [urls],
  );
  return r?.article_id ?? null;
}

export async function itemDone(
  db: PgDb,
  id: number,
  d: { articleId: number; canonicalUrl: string | null; contentHash: string | null },
): Promise<void> {
  await q(
    db,
    "UPDATE feed_items SET status = 'done', article_id = ?, canonical_url = ?, content_hash = ?, attempts = attempts + 1, next_try_at = NULL, last_error = NULL WHERE id = ?",
    [d.articleId, d.canonicalUrl, d.contentHash, id],
  );
}

export async function itemFailed(
  db: PgDb,
  id: number,
  f: { error: string; nextTryAt: string | null },
): Promise<void> {
  await q(
    db,
    'UPDATE feed_items SET status = ?, attempts = attempts + 1, next_try_at = ?, last_error = ? WHERE id = ?',
    [f.nextTryAt ? 'pending' : 'failed', f.nextTryAt, f.error, id],
  );
}

export async function nextDueAt(db: PgDb): Promise<string | null> {
  const r = await one<{ t: string | null }>(
    db,
    `SELECT min(t) AS t FROM (
       SELECT min(next_poll_at) AS t FROM feeds
       UNION ALL SELECT min(next_try_at) FROM feed_items WHERE status = 'pending'
       UNION ALL SELECT min(next_try_at) FROM alerts WHERE delivered_at IS NULL) due`,
  );
  return r?.t ?? null;
}

export async function hostNextAllowed(db: PgDb, host: string): Promise<string | null> {
  return (
    (await one<{ next_allowed_at: string }>(db, 'SELECT next_allowed_at FROM hosts WHERE host = ?', [host]))
      ?.next_allowed_at ?? null
  );
}

export async function setHostNextAllowed(db: PgDb, host: string, at: string): Promise<void> {
  await q(
    db,
    'INSERT INTO hosts (host, next_allowed_at) VALUES (?, ?) ON CONFLICT (host) DO UPDATE SET next_allowed_at = excluded.next_allowed_at',
    [host, at],
  );
}
