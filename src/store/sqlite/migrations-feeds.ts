/**
 * The watcher's tables (see `src/store/feeds-port.ts`). Times are ISO 8601 text in UTC, so
 * `next_poll_at <= ?` compares them correctly.
 */
export const FEEDS_MIGRATION = `
  CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT,
    added_at TEXT NOT NULL,
    etag TEXT, last_modified TEXT,
    next_poll_at TEXT NOT NULL,
    interval_s INTEGER,
    failures INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    last_ok_at TEXT
  );
  CREATE INDEX feeds_due ON feeds(next_poll_at);

  -- status: pending (to fetch), done (article_id set), failed (given up), skipped (no link)
  CREATE TABLE feed_items (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    url TEXT, canonical_url TEXT,
    title TEXT, published TEXT,
    content_hash TEXT,
    first_seen TEXT NOT NULL,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try_at TEXT,
    last_error TEXT,
    UNIQUE (feed_id, guid)
  );
  CREATE INDEX feed_items_due ON feed_items(status, next_try_at);
  CREATE INDEX feed_items_url ON feed_items(url);
  CREATE INDEX feed_items_canonical ON feed_items(canonical_url);

  CREATE TABLE hosts (host TEXT PRIMARY KEY, next_allowed_at TEXT NOT NULL);

  CREATE TABLE follows (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('claim', 'entity')),
    target TEXT NOT NULL,
    label TEXT,
    webhook TEXT,
    stdout INTEGER NOT NULL DEFAULT 0,
    allow_private INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    last_state TEXT NOT NULL
  );
  CREATE UNIQUE INDEX follows_unique ON follows(kind, target, coalesce(webhook, ''), stdout);

  -- next_try_at NULL with delivered_at NULL: given up after too many failed deliveries
  CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    follow_id INTEGER NOT NULL REFERENCES follows(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    printed_at TEXT,
    delivered_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try_at TEXT,
    last_error TEXT
  );
  CREATE INDEX alerts_due ON alerts(delivered_at, next_try_at);
  CREATE INDEX alerts_follow ON alerts(follow_id);
`;
