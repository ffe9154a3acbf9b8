import { describe, it } from 'vitest';

/**
 * PostgreSQL for tests: CORROBORATE_TEST_PG names a server where databases may be created
 * (`postgres://postgres@localhost:5432/postgres`, or `...?host=/tmp/sock` for a Unix socket;
 * `.ci/run` starts one). Without it, the PostgreSQL tests are skipped, so `npm test` passes on a
 * fresh clone.
 */
export const TEST_PG = process.env.CORROBORATE_TEST_PG || null;

export const SKIP_MESSAGE =
  'skipped: no PostgreSQL to test against (set CORROBORATE_TEST_PG=postgres://user@host/db; .ci/run starts one)';

/** `describe` when a test server is named, else one skipped test that says why. */
export function describeWithPg(name: string, fn: (adminUrl: string) => void): void {
  if (TEST_PG) describe(name, () => fn(TEST_PG));
  else describe(name, () => it.skip(SKIP_MESSAGE, () => undefined));
}

export { freshDatabase, withDatabase } from './admin.js';
