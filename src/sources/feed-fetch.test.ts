import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fetchFeed, type FeedFetchOptions } from './feed-fetch.js';
import { RobotsCache } from './robots-cache.js';
import { ATOM, HTML_WITH_FEED_LINK, JSON_FEED, RSS, bigRss } from './test-support/feeds.js';
import { closedPort, send, useTestServer } from './test-support/server.js';

const serve = useTestServer();
const opts = (over: Partial<FeedFetchOptions> = {}): FeedFetchOptions => ({
  allowPrivate: true,
  robotsCache: new RobotsCache(),
  ...over,
});
const xml = (body: string | Buffer, type = 'application/rss+xml', extra: Record<string, string> = {}) =>
  send(body, { 'content-type': type, ...extra });

describe('fetchFeed', () => {
  it('fetches and parses RSS, Atom and JSON Feed', async () => {
    const s = await serve({
      '/rss': xml(RSS),
      '/atom': xml(ATOM, 'application/atom+xml'),
      '/json': xml(JSON_FEED, 'application/feed+json'),
    });
    const formats = [];
    for (const path of ['/rss', '/atom', '/json']) {
      const out = await fetchFeed(s.url(path), opts());
      formats.push(out.notModified ? null : [out.feed.format, out.feed.items.length > 0]);
    }
    expect(formats).toEqual([
      ['rss', true],
      ['atom', true],
      ['json', true],
    ]);
  });

  it('refuses a feed on 127.0.0.1 unless private addresses are allowed', async () => {
    const s = await serve({ '/rss': xml(RSS) });
    await expect(fetchFeed(s.url('/rss'), opts({ allowPrivate: false }))).rejects.toMatchObject({
      code: 'fetch_refused',
    });
  });

  it('returns notModified with the validators when the feed has not changed', async () => {
    const s = await serve({
      '/rss': (req, res) =>
        req.headers['if-none-match'] === '"e1"'
          ? res.writeHead(304, { etag: '"e1"' }).end()
          : res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"e1"' }).end(RSS),
    });
    const first = await fetchFeed(s.url('/rss'), opts());
    expect(first).toMatchObject({ notModified: false, etag: '"e1"' });
    const second = await fetchFeed(s.url('/rss'), opts({ etag: first.etag }));
    expect(second).toEqual({ notModified: true, url: s.url('/rss'), etag: '"e1"', lastModified: null });
  });

  it('gives a clear error when the feed URL returns a web page', async () => {
    const s = await serve({ '/': send(HTML_WITH_FEED_LINK) });
    await expect(fetchFeed(s.url('/'), opts())).rejects.toMatchObject({
      message: `${s.url('/')} is a web page, not a feed (RSS, Atom or JSON Feed); the page names its feed at ${s.url('/rss.xml')}`,
    });
  });

  it('reads a feed of 100,000 items: the body is cut at maxBytes and the items at maxItems', async () => {
    const s = await serve({ '/big': xml(bigRss(100_000)) });
    const out = await fetchFeed(s.url('/big'), opts({ maxBytes: 2 * 1024 * 1024, maxItems: 500 }));
    if (out.notModified) throw new Error('unexpected 304');
    expect(out.feed.items).toHaveLength(500);
    expect(out.feed.warnings).toEqual([
      `${s.url('/big')} is more than 2.0 MB; read its first 2.0 MB`,
      expect.stringMatching(/has \d+ items; read the first 500$/),
    ]);
  });

  it('reads the complete items of a feed cut off at maxBytes', async () => {
    const s = await serve({ '/big': xml(bigRss(2000)) });
    const out = await fetchFeed(s.url('/big'), opts({ maxBytes: 20_000 }));
    if (out.notModified) throw new Error('unexpected 304');
    expect(out.feed.items.length).toBeGreaterThan(100);
    expect(out.feed.items.length).toBeLessThan(2000);
    expect(out.feed.warnings[1]).toMatch(/ends early; read the \d+ complete item\(s\)/);
  });

  it('de-duplicates GUIDs across the feed', async () => {
    const s = await serve({ '/rss': xml(bigRss(10, 4)) });
    const out = await fetchFeed(s.url('/rss'), opts());
    expect(out.notModified || out.feed.items.map((i) => i.guid)).toEqual(['g0', 'g1', 'g2', 'g3']);
  });

  it('decodes a feed in the encoding its XML declaration names', async () => {
    const rss = RSS.replace('encoding="utf-8"', 'encoding="windows-1252"').replace(
      'Subsidi beras',
      'Café déjà',
    );
    const s = await serve({
      '/rss': xml(iconv.encode(rss.replace(' — ', ' - '), 'windows-1252'), 'application/xml'),
    });
    const out = await fetchFeed(s.url('/rss'), opts());
    expect(out.notModified || out.feed.items[0]?.title).toBe('Café déjà ditambah');
  });

  it('refuses an image given as a feed', async () => {
    const s = await serve({
      '/f': send(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), { 'content-type': 'image/jpeg' }),
    });
    await expect(fetchFeed(s.url('/f'), opts())).rejects.toMatchObject({ code: 'input_binary' });
  });

  it('fails quickly when nothing answers', async () => {
    const port = await closedPort();
    await expect(fetchFeed(`http://127.0.0.1:${port}/rss`, opts())).rejects.toMatchObject({
      code: 'fetch_failed',
    });
  });
});
