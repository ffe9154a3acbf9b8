import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { RobotsCache } from './robots-cache.js';
import { NEWS_PAGE, P1 } from './test-support/pages.js';
import { send, useTestServer } from './test-support/server.js';
import { fetchArticle, type FetchOptions } from './url.js';

const serve = useTestServer();
const open = (over: Partial<FetchOptions> = {}): FetchOptions => ({
  allowPrivate: true,
  maxBytes: 1024 * 1024,
  robotsCache: new RobotsCache(),
  ...over,
});

const FRENCH =
  'Le ministre a déclaré que la réforme « ne changera rien » pour les salariés, selon Mme Lefèvre.';
const frenchPage = (meta = '') =>
  `<html lang="fr"><head>${meta}<title>Réforme</title></head><body><article><p>${FRENCH}</p><p>${FRENCH}</p></article></body></html>`;

describe('fetchArticle', () => {
  it('refuses 127.0.0.1 when private addresses are not allowed', async () => {
    const s = await serve({ '/x.html': send(NEWS_PAGE) });
    await expect(fetchArticle(s.url('/x.html'), open({ allowPrivate: false }))).rejects.toMatchObject({
      code: 'fetch_refused',
      message: `refusing to fetch ${s.url('/x.html')}: 127.0.0.1 is a loopback address (use --allow-private to allow it)`,
    });
  });

  it('reads a page and its metadata when private addresses are allowed', async () => {
    const s = await serve({ '/x.html': send(NEWS_PAGE) });
    const a = await fetchArticle(s.url('/x.html'), open());
    expect(a).toMatchObject({
      title: 'Pemerintah Tambah Subsidi Beras Rp 2 Triliun',
      outlet: 'Kabar Nusantara',
      published: '2024-03-05',
      language: 'id',
      format: 'html',
      fetchedUrl: s.url('/x.html'),
      // where it was fetched from is its identity; its canonical URL (same site) is a hint
      url: s.url('/x.html'),
      canonicalUrl: `${s.origin}/ekonomi/2024/03/05/subsidi-beras`,
      charset: 'utf-8',
      warnings: [],
    });
    expect(a.text.split('\n')[0]).toBe(P1);
  });

  it('reads a windows-1252 page whose header wrongly says UTF-8, and warns', async () => {
    const s = await serve({
      '/fr': send(iconv.encode(frenchPage(), 'windows-1252'), { 'content-type': 'text/html; charset=utf-8' }),
    });
    const a = await fetchArticle(s.url('/fr'), open());
    expect(a.text).toContain(FRENCH);
    expect(a).toMatchObject({ charset: 'windows-1252', language: 'fr', title: 'Réforme' });
    expect(a.warnings).toEqual([
      expect.stringContaining('says it is UTF-8 (in the Content-Type header) but its bytes are not'),
    ]);
  });

  it('reads a windows-1252 page with no charset anywhere', async () => {
    const s = await serve({
      '/fr': send(iconv.encode(frenchPage(), 'windows-1252'), { 'content-type': 'text/html' }),
    });
    const a = await fetchArticle(s.url('/fr'), open());
    expect(a.text).toContain(FRENCH);
    expect(a.warnings).toEqual([expect.stringContaining('declares no charset')]);
  });

  it('reads a windows-1252 page declared only in its <meta>', async () => {
    const page = iconv.encode(frenchPage('<meta charset="windows-1252">'), 'windows-1252');
    const s = await serve({ '/fr': send(page, { 'content-type': 'text/html' }) });
    const a = await fetchArticle(s.url('/fr'), open());
    expect(a.text).toContain(FRENCH);
    expect(a.warnings).toEqual([]);
  });

  it('refuses a binary file served as text/html', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(500, 7),
    ]);
    const s = await serve({ '/x.html': send(png) });
    await expect(fetchArticle(s.url('/x.html'), open())).rejects.toMatchObject({
      code: 'input_binary',
      message: `${s.url('/x.html')} is not text: it looks like a PNG image (the server said text/html)`,
    });
  });

  it('reads a text/plain article as text', async () => {
    const s = await serve({
      '/a.txt': send(`${FRENCH}\r\n\r\n${FRENCH}\r\n`, { 'content-type': 'text/plain; charset=utf-8' }),
    });
    const a = await fetchArticle(s.url('/a.txt'), open());
    expect(a).toMatchObject({ format: 'text', text: `${FRENCH}\n\n${FRENCH}`, url: s.url('/a.txt') });
  });

  it('says so when a page has no text it can read', async () => {
    const s = await serve({
      '/app': send('<html><body><div id="root"></div><script>render()</script></body></html>'),
    });
    await expect(fetchArticle(s.url('/app'), open())).rejects.toMatchObject({
      code: 'input_empty',
      message: expect.stringContaining('builds its text with JavaScript'),
    });
  });

  it('refuses a page larger than maxBytes', async () => {
    const s = await serve({ '/big': send(`<html><body>${'<p>x</p>'.repeat(300_000)}</body></html>`) });
    await expect(fetchArticle(s.url('/big'), open({ maxBytes: 100_000 }))).rejects.toMatchObject({
      code: 'input_too_large',
    });
  });
});

describe('fetchArticle and wide charsets', () => {
  it('reads a UTF-16 page without a byte order mark when the Content-Type says utf-16le', async () => {
    const s = await serve({
      '/w': send(iconv.encode(frenchPage(), 'utf-16le'), { 'content-type': 'text/html; charset=UTF-16LE' }),
    });
    const a = await fetchArticle(s.url('/w'), open());
    expect(a.text).toContain(FRENCH);
    expect(a.charset).toBe('utf-16le');
  });

  it('reads a UTF-32 page without a byte order mark when the Content-Type says utf-32be', async () => {
    const s = await serve({
      '/w': send(iconv.encode(frenchPage(), 'utf-32be'), { 'content-type': 'text/html; charset=utf-32be' }),
    });
    expect((await fetchArticle(s.url('/w'), open())).text).toContain(FRENCH);
  });
});
