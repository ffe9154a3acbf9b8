import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCorroborateError } from '../../domain/errors.js';
import { runStoreContract } from '../test-support/contract.js';
import { MIGRATIONS } from './migrations.js';
import { SqliteStore } from './store.js';

runStoreContract('sqlite', () => new SqliteStore(':memory:'));

describe('the SQLite ledger file', () => {
  it('refuses a file that is not a ledger with a clear error, and leaves it untouched', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corr-')), 'not-a-db.db');
    fs.writeFileSync(file, 'this is a text file, not a database\n'.repeat(20));
    const before = fs.readFileSync(file);
    let err: unknown;
    try {
      new SqliteStore(file);
    } catch (e) {
      err = e;
    }
    expect(isCorroborateError(err) && err.code === 'store_failed').toBe(true);
    expect(String((err as Error).message)).toContain('not-a-db.db');
    expect(fs.readFileSync(file)).toEqual(before);
  });

  it('creates the file and its schema on first open, and reopens it', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corr-')), 'sub', 'ledger.db');
    const s = new SqliteStore(file);
    expect(await s.counts()).toEqual({ articles: 0, statements: 0, claims: 0, entities: 0, languages: [] });
    await s.close();
    const again = new SqliteStore(file);
    expect(
      (again.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string })
        .value,
    ).toBe(String(MIGRATIONS.length));
    await again.close();
  });
});
