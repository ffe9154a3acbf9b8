import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { CorroborateError } from '../../domain/errors.js';
import { PG_MIGRATIONS } from './migrations.js';

/**
 * The PostgreSQL connection layer: a pool, and the client of the transaction in progress carried
 * by AsyncLocalStorage, so repo code writes `q(db, sql, params)` and runs inside `batch()`'s
 * transaction when there is one, on any pooled connection when not.
 */
export interface PgDb {
  pool: pg.Pool;
  tx: AsyncLocalStorage<pg.PoolClient>;
}

/** Key of the advisory lock every ledger write takes: one linker at a time, across machines. */
export const WRITE_LOCK = 0x636f7272; // "corr"
/** Key of the advisory lock held while migrating: two workers starting at once migrate once. */
const MIGRATE_LOCK = 0x636f7273;

// count(*) and bigint sums come back as text by default: the ledger's counts fit a double
pg.types.setTypeParser(20, (v) => Number(v));

const converted = new Map<string, string>();

/** SQLite-style `?` placeholders as PostgreSQL `$n` ones (no `?` appears in our SQL otherwise). */
export function dollars(text: string): string {
  let out = converted.get(text);
  if (out === undefined) {
    let n = 0;
    out = text.replace(/\?/g, () => `$${++n}`);
    converted.set(text, out);
  }
  return out;
}

/** Runs one statement on the transaction's client, or the pool. */
export async function q<R extends pg.QueryResultRow = Record<string, unknown>>(
  db: PgDb,
  text: string,
  params: unknown[] = [],
): Promise<pg.QueryResult<R>> {
  const client = db.tx.getStore() ?? db.pool;
  return client.query<R>(dollars(text), params);
}

export async function rows<R extends pg.QueryResultRow = Record<string, unknown>>(
  db: PgDb,
  text: string,
  params: unknown[] = [],
): Promise<R[]> {
  return (await q<R>(db, text, params)).rows;
}

export async function one<R extends pg.QueryResultRow = Record<string, unknown>>(
  db: PgDb,
  text: string,
  params: unknown[] = [],
): Promise<R | undefined> {
  return (await q<R>(db, text, params)).rows[0];
}

export function openPool(url: string, max: number): PgDb {
  const pool = new pg.Pool({ connectionString: url, max });
  // an idle client losing its server must not crash the process: the next query reconnects
  pool.on('error', () => undefined);
  return { pool, tx: new AsyncLocalStorage() };
}

/** Applies the migrations not yet applied, once, under a lock. */
export async function migrate(db: PgDb): Promise<void> {
  const c = await db.pool.connect();
  try {
    await c.query('SELECT pg_advisory_lock($1)', [MIGRATE_LOCK]);
    await c.query('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
    const r = await c.query<{ value: string }>("SELECT value FROM meta WHERE key = 'schema_version'");
    const from = r.rows[0] ? Number(r.rows[0].value) : 0;
    if (from > PG_MIGRATIONS.length)
      throw new Error(`schema version ${from} is newer than this program knows (${PG_MIGRATIONS.length})`);
    for (let v = from; v < PG_MIGRATIONS.length; v++) {
      await c.query('BEGIN');
      try {
        await c.query(PG_MIGRATIONS[v]!);
        await c.query(
          "INSERT INTO meta(key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
          [String(v + 1)],
        );
        await c.query('COMMIT');
      } catch (e) {
        await c.query('ROLLBACK');
        throw e;
      }
    }
  } catch (cause) {
    throw new CorroborateError(
      'store_failed',
      `the PostgreSQL ledger is not usable: ${(cause as Error).message}`,
      { cause },
    );
  } finally {
    await c.query('SELECT pg_advisory_unlock($1)', [MIGRATE_LOCK]).catch(() => undefined);
    c.release();
  }
}
