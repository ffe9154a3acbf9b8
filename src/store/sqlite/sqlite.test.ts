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

describe('a ledger made by an earlier schema', () => {
  it('opens with every claim key kept when its keys move to their own b-tree (v6)', async () => {
    const Database = (await import('better-sqlite3')).default;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corr-')), 'v5.db');
    const old = new Database(file);
    for (const m of MIGRATIONS.slice(0, 5)) old.exec(m);
    old.prepare("INSERT INTO meta VALUES ('schema_version', '5')").run();
    old
      .prepare("INSERT INTO claims (id, label, profile, updated_at) VALUES (7, 'a claim', '{}', 'now')")
      .run();
    const key = old.prepare('INSERT INTO claim_keys (claim_id, kind, key, name, n) VALUES (7, ?, ?, ?, ?)');
    key.run('language', 'id', 'id', 3);
    key.run('language', 'en', 'en', 1);
    old.close();
    const s = new SqliteStore(file);
    try {
      expect(s.db.prepare('SELECT kind, key, name, n FROM claim_keys ORDER BY n DESC').all()).toEqual([
        { kind: 'language', key: 'id', name: 'id', n: 3 },
        { kind: 'language', key: 'en', name: 'en', n: 1 },
      ]);
      expect([...(await s.getClaim(7))!.languages].sort()).toEqual(['en', 'id']);
      expect(
        String(s.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'claim_keys'").pluck().get()),
      ).toContain('WITHOUT ROWID');
    } finally {
      await s.close();
    }
  });

  it('opens with every claim concept kept when the linking index moves to its own b-tree (v7)', async () => {
    const Database = (await import('better-sqlite3')).default;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corr-')), 'v6.db');
    const old = new Database(file);
    for (const m of MIGRATIONS.slice(0, 6)) old.exec(m);
    old.prepare("INSERT INTO meta VALUES ('schema_version', '6')").run();
    old
      .prepare(
        "INSERT INTO claims (id, label, profile, statements, updated_at) VALUES (7, 'a claim', '{}', 2, 'now')",
      )
      .run();
    const concept = old.prepare('INSERT INTO claim_concepts (concept, claim_id, n) VALUES (?, 7, ?)');
    concept.run('country:KP', 2);
    concept.run('p:presence', 1);
    old.close();
    const s = new SqliteStore(file);
    try {
      expect(await s.claimCandidateIds(['country:KP'], 5)).toEqual([7]);
      expect((await s.claimProfiles([7]))[0]!.profile).toEqual({ '#n': 2, 'country:KP': 2, 'p:presence': 1 });
      expect(await s.entityClaims('country:KP', 5)).toEqual([7]);
      expect(
        String(s.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'claim_concepts'").pluck().get()),
      ).toContain('WITHOUT ROWID');
    } finally {
      await s.close();
    }
  });

  it('opens with every text read and searched as before when texts are kept deflated (v8)', async () => {
    const Database = (await import('better-sqlite3')).default;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corr-')), 'v7.db');
    const old = new Database(file);
    for (const m of MIGRATIONS.slice(0, 7)) old.exec(m);
    old.prepare("INSERT INTO meta VALUES ('schema_version', '7')").run();
    const text = 'Der Bürgermeister sagte, die Brücke über den Fluss werde im Frühjahr gesperrt. '.repeat(5);
    old
      .prepare(
        `INSERT INTO articles (id, title, language, added_at, content_hash, signature, copy_group, pipeline, text, extraction)
         VALUES (3, 'Brücke gesperrt', 'de', 'now', 'h', '', 3, 'p', ?, '{"language":{"code":"de"},"statements":[],"entities":[],"figures":[],"dates":[],"warnings":[]}')`,
      )
      .run(text);
    old.close();
    const s = new SqliteStore(file);
    try {
      expect((await s.getArticle(3))?.text).toBe(text);
      // kept as bytes, fewer than the text's
      const stored = s.db.prepare('SELECT text FROM articles WHERE id = 3').pluck().get() as Buffer;
      expect(Buffer.isBuffer(stored) && stored.length < text.length / 2).toBe(true);
      // found without its accents, the snippet cut from the text itself
      const hits = (await s.search('brucke', 5)).articles;
      expect(hits.map((h) => h.id)).toEqual([3]);
      expect(hits[0]!.snippet).toContain('[Brücke]');
      // and taken out of the index with its row, the index still matching its texts
      s.db.prepare('DELETE FROM articles WHERE id = 3').run();
      s.db.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')").run();
      expect((await s.search('brucke', 5)).articles).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
