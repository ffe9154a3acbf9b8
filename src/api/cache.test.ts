import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { LedgerStore } from '../store/port.js';
import { readCache } from './cache.js';

const store = { changeStamp: async () => '1:1' } as unknown as LedgerStore;

describe('readCache', () => {
  it('keeps answers within a byte budget, dropping the least recently used first', async () => {
    let computed = 0;
    const app = new Hono();
    app.use('*', readCache(store, 64 * 1024));
    app.get('/x', (c) => {
      computed++;
      return c.json({ pad: 'x'.repeat(4000), q: c.req.query('q') });
    });
    await app.request('/x?q=first');
    expect((await app.request('/x?q=first')).headers.get('x-cache')).toBe('hit');
    // 40 distinct answers of ~8 KB each (as UTF-16) are more than 64 KB: the first is dropped
    for (let i = 0; i < 40; i++) await app.request(`/x?q=${i}`);
    const before = computed;
    expect((await app.request('/x?q=first')).headers.get('x-cache')).toBeNull();
    expect(computed).toBe(before + 1);
    expect((await app.request('/x?q=39')).headers.get('x-cache')).toBe('hit');
  });
});

describe('ETags on read answers', () => {
  it('answers 304 without computing while the ledger is unchanged, 200 once it changed', async () => {
    let stamp = '1:1';
    let computed = 0;
    const app = new Hono();
    app.use('*', readCache({ changeStamp: async () => stamp } as unknown as LedgerStore, 64 * 1024, 'v1'));
    app.get('/x', (c) => {
      computed++;
      return c.json({ n: computed });
    });
    const first = await app.request('/x');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    const same = await app.request('/x', { headers: { 'if-none-match': etag } });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe('');
    expect(computed).toBe(1);
    stamp = '1:2';
    const changed = await app.request('/x', { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(computed).toBe(2);
  });
});
