/**
 * The real `corroborate serve` for browser tests: a fresh ledger in a temporary folder, the
 * fixture articles added through the real extraction and linking, the real API and web app.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer as startApi } from '../../../src/api/server.js';
import { Ledger } from '../../../src/services/ledger.js';
import { knownArticle } from '../../../src/sources/file.js';
import { SqliteStore } from '../../../src/store/sqlite/store.js';
import type { RunningServer } from './mock-server.js';

interface FixtureArticle {
  url: string | null;
  title: string | null;
  outlet: string | null;
  language: string;
  published: string | null;
  text: string;
}

/** Adds the browser tests' fixture articles through the real extraction and linking. */
export async function addFixtureArticles(ledger: Ledger): Promise<void> {
  const articles = JSON.parse(
    fs.readFileSync(new URL('./fixtures/articles.json', import.meta.url), 'utf8'),
  ) as FixtureArticle[];
  for (const a of articles) await ledger.add(knownArticle(a));
}

export async function startRealServer(token = 'test-token'): Promise<RunningServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-browser-'));
  const store = new SqliteStore(path.join(dir, 'ledger.db'));
  const ledger = new Ledger(store);
  await addFixtureArticles(ledger);
  const api = await startApi({ ledger, port: 0, token });
  return {
    url: api.url,
    token,
    close: async () => {
      await api.close();
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
