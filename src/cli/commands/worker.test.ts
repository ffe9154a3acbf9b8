import { describe, expect, it } from 'vitest';
import { runCli } from '../../services/test-support/cli.js';

describe('corroborate worker', () => {
  it('refuses a SQLite ledger: workers share a PostgreSQL one', async () => {
    const r = await runCli('worker', '--db', './some-ledger.db');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/works on a PostgreSQL ledger: give --db postgres:\/\//);
  });
});
