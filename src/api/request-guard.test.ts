import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Ledger } from '../services/ledger.js';
import { textArticle } from '../sources/file.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { createApp, type AppOptions } from './app.js';
import { hostAllowed } from './request-guard.js';

const TOKEN = 't';

describe('requests the server refuses before any route runs', () => {
  let store: SqliteStore;
  const app = (over: Partial<AppOptions> = {}) =>
    createApp({
      ledger: new Ledger(store),
      token: TOKEN,
      readsNeedToken: false,
      allowPrivate: false,
      webDist: null,
      version: 'test',
      ...over,
    });
  beforeEach(async () => {
    store = new SqliteStore(':memory:');
    await new Ledger(store).add(textArticle('Polisi mengatakan jalan utama ditutup sampai Selasa.', null));
  });
  afterEach(() => store.close());

  it('answers 421 to a Host that is not one of its names (a rebound DNS name) and reads for its own', async () => {
    const a = app();
    const foreign = await a.request('http://evil.example:8080/api/claims', {
      headers: { host: 'evil.example:8080' },
    });
    expect(foreign.status).toBe(421);
    for (const host of ['127.0.0.1:8080', 'localhost:8080', '[::1]:8080'])
      expect((await a.request(`http://${host}/api/health`, { headers: { host } })).status, host).toBe(200);
  });

  it('answers for a name given with --allowed-host', async () => {
    const a = app({ allowedHosts: ['ledger.lan'] });
    expect(
      (await a.request('http://ledger.lan/api/health', { headers: { host: 'ledger.lan' } })).status,
    ).toBe(200);
  });

  it('refuses a write whose Origin is another site, even with the token', async () => {
    const res = await app().request('http://127.0.0.1/api/articles', {
      method: 'POST',
      headers: {
        host: '127.0.0.1',
        origin: 'https://evil.example',
        authorization: `Bearer ${TOKEN}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ text: 'Menteri mengatakan harga beras akan turun.' }),
    });
    expect(res.status).toBe(403);
  });

  it('answers 400, not 500, to malformed percent-encoding', async () => {
    const a = app();
    for (const p of ['/%E0%A4%A', '/api/entities/%25', '/api/entities/%E0%A4%A', '/api/search?q=%ZZ']) {
      const res = await a.request(`http://127.0.0.1${p}`);
      expect(res.status === 400 || res.status === 404, `${p}: ${res.status}`).toBe(true);
      expect(res.status).not.toBe(500);
    }
    expect((await a.request('http://127.0.0.1/%E0%A4%A')).status).toBe(400);
  });

  it('answers 400 to unknown query keys on detail routes and health', async () => {
    const a = app();
    for (const p of [
      '/api/claims/1?junk=1',
      '/api/articles/1?x=2',
      '/api/health?z',
      '/api/entities/country:ID?a=b',
    ])
      expect((await a.request(`http://127.0.0.1${p}`)).status, p).toBe(400);
  });
});

describe('hostAllowed', () => {
  it('takes loopback names and the listen address, with or without a port', () => {
    const ok = hostAllowed('127.0.0.1');
    expect(['localhost', 'LOCALHOST:80', '127.0.0.1:9', '[::1]:1'].every(ok)).toBe(true);
    expect(ok('127.0.0.1.evil.example')).toBe(false);
  });

  it('takes IP literals but not names when bound to every interface', () => {
    const ok = hostAllowed('0.0.0.0');
    expect(ok('192.168.1.20:8080')).toBe(true);
    expect(ok('attacker.example')).toBe(false);
  });
});
