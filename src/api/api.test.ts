import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Ledger } from '../services/ledger.js';
import { textArticle } from '../sources/file.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { createApp } from './app.js';

// written by the team for this test
const ARTICLE = [
  'Kota Harapan Tetapkan Siaga Banjir',
  '',
  'Wali Kota Harapan, Sri Lestari, mengatakan 1.200 warga telah dievakuasi ke tempat yang lebih tinggi sejak Senin.',
  '',
  '"Kami tidak akan mencabut status siaga sebelum air surut," kata Sri.',
].join('\n');

const TOKEN = 'test-token';

describe('the HTTP API', () => {
  let store: SqliteStore;
  let app: ReturnType<typeof createApp>;
  const open = (readsNeedToken = false) =>
    createApp({
      ledger: new Ledger(store),
      token: TOKEN,
      readsNeedToken,
      allowPrivate: false,
      webDist: null,
      version: 'test',
    });
  beforeEach(async () => {
    store = new SqliteStore(':memory:');
    await new Ledger(store).add(textArticle(ARTICLE, null));
    app = open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('describes itself in an OpenAPI 3 document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/claims', '/api/claims/{id}', '/api/articles', '/api/search', '/api/health'])
      expect(doc.paths[path]?.get, path).toBeDefined();
    expect(doc.paths['/api/articles']?.post).toBeDefined();
  });

  it('refuses a write without the token and takes it with the token', async () => {
    const body = JSON.stringify({ text: 'Polisi mengatakan jalan utama ditutup sampai Selasa.' });
    const headers = { 'content-type': 'application/json' };
    const denied = await app.request('/api/articles', { method: 'POST', body, headers });
    expect(denied.status).toBe(401);
    expect(await denied.json()).toMatchObject({ error: { code: 'unauthorized' } });
    const ok = await app.request('/api/articles', {
      method: 'POST',
      body,
      headers: { ...headers, authorization: `Bearer ${TOKEN}` },
    });
    expect(ok.status).toBe(201);
  });

  it('asks for the token on reads when bound beyond loopback', async () => {
    const remote = open(true);
    expect((await remote.request('/api/claims')).status).toBe(401);
    expect(
      (await remote.request('/api/claims', { headers: { authorization: `Bearer ${TOKEN}` } })).status,
    ).toBe(200);
  });

  it('answers bad input with one error shape', async () => {
    const r = await app.request('/api/claims/abc');
    expect(r.status).toBe(400);
    expect(await r.json()).toMatchObject({
      error: { code: expect.any(String), message: expect.any(String) },
    });
    expect((await app.request('/api/claims/99999')).status).toBe(404);
  });

  it('serves a repeated read from its cache until the ledger changes', async () => {
    const first = await app.request('/api/claims');
    expect(first.headers.get('x-cache')).toBeNull();
    const before = (await first.json()) as { total: number };
    const again = await app.request('/api/claims');
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(await again.json()).toEqual(before);
    expect(again.headers.get('content-security-policy')).toBeTruthy();
    const fresh = await app.request('/api/claims', { headers: { 'cache-control': 'no-cache' } });
    expect(fresh.headers.get('x-cache')).toBeNull();
    // another writer (the watcher, say) adds an article through the same file
    await new Ledger(store).add(
      textArticle('Badan Meteorologi menyatakan hujan lebat akan turun hingga Kamis di Kota Harapan.', null),
    );
    const after = await app.request('/api/claims');
    expect(after.headers.get('x-cache')).toBeNull();
    expect(((await after.json()) as { total: number }).total).toBeGreaterThan(before.total);
  });

  it('sees what another process wrote to the ledger file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-api-'));
    const file = path.join(dir, 'ledger.db');
    const served = new SqliteStore(file);
    const watcher = new SqliteStore(file);
    try {
      const api = createApp({
        ledger: new Ledger(served),
        token: TOKEN,
        readsNeedToken: false,
        allowPrivate: false,
        webDist: null,
        version: 'test',
      });
      const total = async () =>
        ((await (await api.request('/api/articles')).json()) as { total: number }).total;
      expect(await total()).toBe(0);
      expect(await total()).toBe(0);
      await new Ledger(watcher).add(textArticle(ARTICLE, null));
      expect(await total()).toBe(1);
    } finally {
      await served.close();
      await watcher.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
