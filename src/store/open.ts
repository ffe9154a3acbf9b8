import { CorroborateError } from '../domain/errors.js';
import type { CorrectionStore } from './corrections-port.js';
import type { FeedStore } from './feeds-port.js';
import type { LedgerStore } from './port.js';
import { PgCorrectionStore } from './postgres/corrections.store.js';
import { PgFeedStore } from './postgres/feeds.store.js';
import { PgStore } from './postgres/store.js';
import { SqliteCorrectionStore } from './sqlite/corrections.store.js';
import { SqliteFeedStore } from './sqlite/feeds.store.js';
import { SqliteStore } from './sqlite/store.js';

export const DEFAULT_DB = './corroborate.db';

/** A `postgres://` or `postgresql://` URL: the ledger lives in PostgreSQL. */
export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//.test(location);

/**
 * Opens the ledger named by `--db` or CORROBORATE_DB: a SQLite file path (the default), or a
 * PostgreSQL URL (`postgres://user@host:5432/corroborate`, see docs/SCALE.md). With `mustExist` a
 * missing SQLite ledger is an error ("no ledger at PATH") rather than a new empty one; a
 * PostgreSQL database must exist already and gets its tables on first use.
 */
export function openStore(
  location = process.env.CORROBORATE_DB ?? DEFAULT_DB,
  opts: { mustExist?: boolean } = {},
): LedgerStore {
  if (isPostgresUrl(location)) return new PgStore(location);
  return new SqliteStore(location, opts);
}

/** The feed store that lives beside a ledger, in the same file or database: `feedStoreOf(store)`. */
export function feedStoreOf(store: LedgerStore): FeedStore {
  if (store instanceof SqliteStore) return new SqliteFeedStore(store.db);
  if (store instanceof PgStore) return new PgFeedStore(store);
  throw new CorroborateError('usage', `feeds and follows are not kept beside a ${store.kind} ledger`);
}

/** The analyst's corrections beside a ledger, in the same file or database: `correctionStoreOf(store)`. */
export function correctionStoreOf(store: LedgerStore): CorrectionStore {
  if (store instanceof SqliteStore) return new SqliteCorrectionStore(store.db);
  if (store instanceof PgStore) return new PgCorrectionStore(store);
  throw new CorroborateError('usage', `corrections are not kept beside a ${store.kind} ledger`);
}
