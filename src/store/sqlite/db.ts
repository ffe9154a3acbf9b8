import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { CorroborateError } from '../../domain/errors.js';
import { registerTextFunctions } from './article-text.js';
import { BUSY_TIMEOUT_MS } from './busy.js';
import { MIGRATIONS } from './migrations.js';

export type DB = Database.Database;

export interface OpenOptions {
  /** refuse a file that does not exist instead of creating it (and its folders): read commands */
  mustExist?: boolean;
}

/** Opens (creating if needed) a ledger database: WAL, foreign keys, migrations applied. */
export function openDatabase(file: string, opts: OpenOptions = {}): DB {
  if (file !== ':memory:') {
    if (opts.mustExist && !fs.existsSync(file))
      throw new CorroborateError('store_failed', `no ledger at ${file}`);
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  let db: DB;
  try {
    db = new Database(file, { fileMustExist: !!opts.mustExist && file !== ':memory:' });
  } catch (cause) {
    throw new CorroborateError(
      'store_failed',
      `cannot open the ledger ${file}: ${(cause as Error).message}`,
      { cause },
    );
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // a ledger of 100,000 articles is a gigabyte of random-access indexes: a 64 MB page cache
    // and memory-mapped reads keep lookups off the disk, a 40 MB WAL makes checkpoints rarer
    db.pragma('cache_size = -65536');
    db.pragma('mmap_size = 268435456');
    db.pragma('wal_autocheckpoint = 10000');
    // before the migrations: v8 packs the texts, and the search index reads them unpacked
    registerTextFunctions(db);
    migrate(db);
    // waited for in SQLite only briefly from now on, then asynchronously (see busy.ts)
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (cause) {
    db.close();
    throw new CorroborateError(
      'store_failed',
      `${file} is not a usable ledger: ${(cause as Error).message}`,
      { cause },
    );
  }
  return db;
}

export function schemaVersion(db: DB): number {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!has) return 0;
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as
    { value: string } | undefined;
  return row ? Number(row.value) : 0;
}

function migrate(db: DB): void {
  const from = schemaVersion(db);
  if (from > MIGRATIONS.length)
    throw new Error(`schema version ${from} is newer than this program knows (${MIGRATIONS.length})`);
  for (let v = from; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.prepare(
        "INSERT INTO meta(key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      ).run(String(v + 1));
    })();
  }
}

const prepared = new WeakMap<DB, Map<string, Database.Statement>>();

/** A prepared statement, compiled once per connection and reused. */
export function sql(db: DB, text: string): Database.Statement {
  let m = prepared.get(db);
  if (!m) prepared.set(db, (m = new Map()));
  let st = m.get(text);
  if (!st) m.set(text, (st = db.prepare(text)));
  return st;
}
