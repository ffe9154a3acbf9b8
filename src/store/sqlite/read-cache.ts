/**
 * What linking reads again and again while articles are added, kept between reads: the latest
 * claims of a concept (every statement of an article asks for those of its country and bodies)
 * and claims' profiles (the same dozen claims meet article after article). Exact, never stale:
 * - the cache holds a stamp (this connection's total_changes, the file's data_version); any write
 *   it was not told of, by this connection or another process, moves the stamp and empties it;
 * - a committed article tells it what it changed (`committed`): the claims it linked lose their
 *   profiles, the concepts it linked lose their lists, and the rest stays;
 * - a rolled-back transaction empties it (`forget`): reads inside it saw writes that are gone.
 */
import { forgetConceptIds } from './concept-ids.js';
import { sql, type DB } from './db.js';

export interface Profile {
  id: number;
  label: string;
  profile: Record<string, number>;
}

interface Cache {
  changes: number;
  version: number;
  latest: Map<string, number[]>;
  profiles: Map<number, Profile>;
}

const caches = new WeakMap<DB, Cache>();

export interface Stamp {
  changes: number;
  version: number;
}

/** Where the database stands: read it before writing, to tell `committed` what was there. */
export function stamp(db: DB): Stamp {
  return sql(
    db,
    'SELECT total_changes() AS changes, data_version AS version FROM pragma_data_version',
  ).get() as Stamp;
}

/** The cache, emptied first when the database changed since it was last read or told. */
export function readCache(db: DB): Cache {
  const s = stamp(db);
  let c = caches.get(db);
  if (!c || c.changes !== s.changes || c.version !== s.version)
    caches.set(db, (c = { ...s, latest: new Map(), profiles: new Map() }));
  return c;
}

/**
 * An article's writes, from `before` to `after` (both read inside its transaction): the claims it linked and the concepts it linked them
 * with. Anything written since the cache was read other than these empties it.
 */
export function committed(
  db: DB,
  before: Stamp,
  after: Stamp,
  claims: Iterable<number>,
  concepts: Iterable<string>,
): void {
  const c = caches.get(db);
  if (!c) return;
  if (c.changes !== before.changes || c.version !== before.version) return void caches.delete(db);
  for (const id of claims) c.profiles.delete(id);
  for (const k of concepts) c.latest.delete(k);
  Object.assign(c, after);
}

export function forget(db: DB): void {
  caches.delete(db);
  forgetConceptIds(db);
}
