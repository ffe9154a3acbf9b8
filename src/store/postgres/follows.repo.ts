import type { AlertRecord, FollowListing, FollowRecord, NewAlert, NewFollow } from '../feeds-port.js';
import { toAlert, toFollow, type AlertRow, type FollowRow } from '../feed-rows.js';
import { one, q, rows, type PgDb } from './db.js';

/* Follows and their alerts in PostgreSQL: the SQL of the follow half of `../sqlite/feeds.repo.ts`. */

/** Run inside a transaction; the unique index makes a second `follow` of the same thing a no-op. */
export async function addFollow(db: PgDb, f: NewFollow): Promise<{ follow: FollowRecord; created: boolean }> {
  const made = await one<FollowRow>(
    db,
    `INSERT INTO follows (kind, target, label, webhook, stdout, allow_private, created_at, last_state)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING *`,
    [f.kind, f.target, f.label, f.webhook, f.stdout, f.allowPrivate, f.createdAt, JSON.stringify(f.state)],
  );
  if (made) return { follow: toFollow(made), created: true };
  const same = await one<FollowRow>(
    db,
    "SELECT * FROM follows WHERE kind = ? AND target = ? AND coalesce(webhook, '') = ? AND stdout = ?",
    [f.kind, f.target, f.webhook ?? '', f.stdout],
  );
  return { follow: toFollow(same!), created: false };
}

export async function getFollow(db: PgDb, id: number): Promise<FollowRecord | null> {
  const r = await one<FollowRow>(db, 'SELECT * FROM follows WHERE id = ?', [id]);
  return r ? toFollow(r) : null;
}

export async function listFollows(db: PgDb): Promise<FollowListing[]> {
  const rs = await rows<FollowRow & { alerts: number; undelivered: number }>(
    db,
    `SELECT f.*, count(a.id) AS alerts, count(a.id) FILTER (WHERE a.delivered_at IS NULL) AS undelivered
     FROM follows f LEFT JOIN alerts a ON a.follow_id = f.id GROUP BY f.id ORDER BY f.id`,
  );
  return rs.map((r) => ({ ...toFollow(r), alerts: r.alerts, undelivered: r.undelivered }));
}

export async function removeFollow(db: PgDb, id: number): Promise<boolean> {
  return ((await q(db, 'DELETE FROM follows WHERE id = ?', [id])).rowCount ?? 0) > 0;
}

/** Run inside a transaction: a state that moved on without its alerts would lose them. */
export async function recordAlerts(
  db: PgDb,
  followId: number,
  state: unknown,
  alerts: NewAlert[],
  at: string,
): Promise<AlertRecord[]> {
  await q(db, 'UPDATE follows SET last_state = ? WHERE id = ?', [JSON.stringify(state), followId]);
  const out: AlertRecord[] = [];
  for (const a of alerts) {
    const r = await one<AlertRow>(
      db,
      'INSERT INTO alerts (follow_id, kind, payload, created_at, next_try_at) VALUES (?, ?, ?, ?, ?) RETURNING *',
      [followId, a.kind, JSON.stringify(a.payload), at, at],
    );
    out.push(toAlert(r!));
  }
  return out;
}

export async function pendingAlerts(db: PgDb, now: string, limit: number): Promise<AlertRecord[]> {
  return (
    await rows<AlertRow>(
      db,
      'SELECT * FROM alerts WHERE delivered_at IS NULL AND next_try_at IS NOT NULL AND next_try_at <= ? ORDER BY next_try_at, id LIMIT ?',
      [now, limit],
    )
  ).map(toAlert);
}

export async function followAlerts(db: PgDb, followId: number): Promise<AlertRecord[]> {
  return (await rows<AlertRow>(db, 'SELECT * FROM alerts WHERE follow_id = ? ORDER BY id', [followId])).map(
    toAlert,
  );
}

export async function alertPrinted(db: PgDb, id: number, at: string): Promise<void> {
  await q(db, 'UPDATE alerts SET printed_at = ? WHERE id = ?', [at, id]);
}

export async function alertDelivered(db: PgDb, id: number, at: string): Promise<void> {
  await q(
    db,
    'UPDATE alerts SET delivered_at = ?, attempts = attempts + 1, next_try_at = NULL, last_error = NULL WHERE id = ?',
    [at, id],
  );
}

export async function alertFailed(
  db: PgDb,
  id: number,
  f: { error: string; nextTryAt: string | null },
): Promise<void> {
  await q(db, 'UPDATE alerts SET attempts = attempts + 1, next_try_at = ?, last_error = ? WHERE id = ?', [
    f.nextTryAt,
    f.error,
    id,
  ]);
}
