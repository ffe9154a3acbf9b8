import { CorroborateError } from '../domain/errors.js';
import type { LedgerStore } from './port.js';
import { SqliteStore } from './sqlite/store.js';

export const DEFAULT_DB = './corroborate.db';

/**
 * Opens the ledger named by `--db` or CORROBORATE_DB: a SQLite file path (the default). With
 * `mustExist` a missing ledger is an error ("no ledger at PATH") rather than a new empty one.
 */
export function openStore(
  location = process.env.CORROBORATE_DB ?? DEFAULT_DB,
  opts: { mustExist?: boolean } = {},
): LedgerStore {
  if (/^postgres(ql)?:\/\//.test(location))
    throw new CorroborateError(
      'usage',
      'the PostgreSQL back end is not available yet; use a SQLite file path',
    );
  return new SqliteStore(location, opts);
}
