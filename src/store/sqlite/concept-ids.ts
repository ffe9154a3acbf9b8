/**
 * The numbers the linking index knows concepts by (`concepts`, migration v7): "country:KP" is
 * stored once, and claim_concepts holds small integers. A number never changes once committed,
 * so each connection keeps those it has seen; a rollback may take back numbers this connection
 * gave, so it forgets them then (read-cache.ts `forget`).
 */
import { sql, type DB } from './db.js';
import { insertRows } from './rows-insert.js';

const known = new WeakMap<DB, Map<string, number>>();
/** and the keys of the numbers each connection has read back */
const names = new WeakMap<DB, Map<number, string>>();

/** Parameters of one `IN (…)` lookup. */
const PER_LOOKUP = 500;

function cacheOf(db: DB): Map<string, number> {
  let m = known.get(db);
  if (!m) known.set(db, (m = new Map()));
  return m;
}

/**
 * The numbers of `keys` (those the ledger knows; with `create`, all of them, numbering the new
 * ones). Example: conceptIds(db, ['country:KP', 'p:presence'], true) -> Map { … => 1, … => 2 }.
 */
export function conceptIds(db: DB, keys: Iterable<string>, create = false): Map<string, number> {
  const cache = cacheOf(db);
  const out = new Map<string, number>();
  const missing: string[] = [];
  for (const k of keys) {
    const id = cache.get(k);
    if (id !== undefined) out.set(k, id);
    else if (!out.has(k)) missing.push(k);
  }
  const wanted = [...new Set(missing)];
  if (!wanted.length) return out;
  if (create)
    insertRows(
      db,
      'INSERT OR IGNORE INTO concepts (key)',
      wanted.map((k) => [k]),
    );
  for (let i = 0; i < wanted.length; i += PER_LOOKUP) {
    const part = wanted.slice(i, i + PER_LOOKUP);
    const rows = sql(db, `SELECT id, key FROM concepts WHERE key IN (${part.map(() => '?').join(',')})`).all(
      ...part,
    ) as Array<{ id: number; key: string }>;
    for (const r of rows) {
      cache.set(r.key, Number(r.id));
      out.set(r.key, Number(r.id));
    }
  }
  return out;
}

/** Forgets the numbers seen: after a rollback, some may have been taken back. */
export function forgetConceptIds(db: DB): void {
  known.delete(db);
  names.delete(db);
}

/** The key of concept number `id` (as `conceptIds` gave it), or undefined for a number not given. */
export function conceptKey(db: DB, id: number): string | undefined {
  let m = names.get(db);
  if (!m) names.set(db, (m = new Map()));
  let key = m.get(id);
  if (key === undefined) {
    key = (sql(db, 'SELECT key FROM concepts WHERE id = ?').get(id) as { key: string } | undefined)?.key;
    if (key !== undefined) m.set(id, key);
  }
  return key;
}
