import { randomBytes } from 'node:crypto';
import pg from 'pg';
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

/** The same server's URL with another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates an empty database for one test; returns its URL and a function that drops it. */
export async function freshDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `corr_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
