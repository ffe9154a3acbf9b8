import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticle } from '../src/bench/generate.js';
import { main } from '../src/cli/main.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

const root = path.resolve(import.meta.dirname, '..');
// more than one commit batch (50), so the kill lands between commits
const ARTICLES = 130;

function corpus(dir: string): void {
  const manifest = [];
  for (let i = 0; i < ARTICLES; i++) {
    const a = generateArticle(i, 42);
    const file = `${String(i).padStart(3, '0')}.txt`;
    fs.writeFileSync(path.join(dir, file), a.text);
    manifest.push({
      file,
      url: a.url,
      title: a.title,
      outlet: a.outlet,
      language: a.language,
      published: a.published,
    });
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
}

const count = (db: string, sql: string): number => {
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (d.prepare(sql).get() as { n: number }).n;
  } finally {
    d.close();
  }
};

function consistent(db: string): void {
  const d = new Database(db, { readonly: true });
  try {
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(d.pragma('foreign_key_check')).toEqual([]);
    // every counter the ledger keeps agrees with the rows it counts
    expect(
      d
        .prepare(
          'SELECT count(*) AS n FROM articles a WHERE a.statements <> (SELECT count(*) FROM statements s WHERE s.article_id = a.id)',
        )
        .get(),
    ).toEqual({ n: 0 });
    expect(
      d
        .prepare(
          'SELECT count(*) AS n FROM claims c WHERE c.statements <> (SELECT count(*) FROM claim_statements cs WHERE cs.claim_id = c.id)',
        )
        .get(),
    ).toEqual({ n: 0 });
    expect(
      d
        .prepare(
          'SELECT count(*) AS n FROM statements s WHERE NOT EXISTS (SELECT 1 FROM claim_statements cs WHERE cs.statement_id = s.id)',
        )
        .get(),
    ).toEqual({ n: 0 });
  } finally {
    d.close();
  }
}

describe('a bulk add killed part-way', () => {
  it('leaves a consistent ledger, and a rerun adds the rest with no duplicates and nothing lost', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-crash-'));
    const articles = path.join(dir, 'articles');
    fs.mkdirSync(articles);
    corpus(articles);
    const db = path.join(dir, 'ledger.db');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'test/support/cli-entry.ts'), 'add', articles, '--db', db],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // wait until some, not all, articles are in, then kill without warning
    const deadline = Date.now() + 60_000;
    let seen = 0;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
      try {
        seen = count(db, 'SELECT count(*) AS n FROM articles');
      } catch {
        seen = 0;
      }
      if (seen >= 1) break;
    }
    child.kill('SIGKILL');
    await exited;
    const before = count(db, 'SELECT count(*) AS n FROM articles');
    expect(before).toBeGreaterThanOrEqual(1);
    expect(before).toBeLessThan(ARTICLES);
    consistent(db);

    const out: string[] = [];
    const code = await main(['add', articles, '--db', db, '--json'], {
      out: (s) => out.push(s),
      err: () => {},
      tty: false,
    });
    expect(code).toBe(0);
    const summary = JSON.parse(out.join('')).summary;
    expect(summary.added + summary.unchanged).toBe(ARTICLES);
    expect(summary.unchanged).toBe(before);
    expect(count(db, 'SELECT count(*) AS n FROM articles')).toBe(ARTICLES);
    expect(count(db, 'SELECT count(DISTINCT content_hash) AS n FROM articles')).toBe(ARTICLES);
    consistent(db);
    // nothing lost: every file's text is in the ledger, whole
    const store = new SqliteStore(db);
    try {
      const { articles: list } = await store.listArticles({}, { limit: 500, offset: 0 });
      const texts = new Set(await Promise.all(list.map(async (a) => (await store.getArticle(a.id))!.text)));
      for (const f of fs.readdirSync(articles).filter((x) => x.endsWith('.txt')))
        expect(texts.has(fs.readFileSync(path.join(articles, f), 'utf8'))).toBe(true);
    } finally {
      await store.close();
    }
  }, 120_000);
});
