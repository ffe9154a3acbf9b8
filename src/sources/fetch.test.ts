import { describe, expect, it } from 'vitest';
import { fetchResource } from './fetch.js';
import { closedPort, send, useTestServer } from './test-support/server.js';
import { articleRequest } from './test-support/requests.js';

const serve = useTestServer();
const article = articleRequest;

describe('fetchResource', () => {
  it('reads a page and reports its type, validators and the URL it came from', async () => {
    const s = await serve({
      '/a': send('<p>hello</p>', { etag: '"v1"', 'last-modified': 'Tue, 05 Mar 2024 10:00:00 GMT' }),
    });
    const out = await fetchResource(s.url('/a'), article());
    expect(out.notModified).toBe(false);
    if (out.notModified) return;
    expect(out.bytes.toString()).toBe('<p>hello</p>');
    expect(out.contentType).toEqual({ mime: 'text/html', charset: 'utf-8' });
    expect(out).toMatchObject({
      url: s.url('/a'),
      etag: '"v1"',
      lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT',
    });
  });

  it('sends the Corroborate user agent', async () => {
    let ua = '';
    const s = await serve({ '/a': (req, res) => ((ua = req.headers['user-agent'] ?? ''), res.end('x')) });
    await fetchResource(s.url('/a'), article());
    expect(ua).toBe('Corroborate/0.1 (+https://github.com/corroborate; news claim ledger)');
  });

  it('refuses 127.0.0.1 unless private addresses are allowed', async () => {
    const s = await serve({ '/a': send('x') });
    await expect(fetchResource(s.url('/a'), article({ allowPrivate: false }))).rejects.toMatchObject({
      code: 'fetch_refused',
      message: `refusing to fetch ${s.url('/a')}: 127.0.0.1 is a loopback address (use --allow-private to allow it)`,
    });
    expect(s.requests).toEqual([]);
  });

  it('refuses "localhost" by name when private addresses are not allowed', async () => {
    await expect(
      fetchResource('http://localhost:9/x', article({ allowPrivate: false })),
    ).rejects.toMatchObject({
      code: 'fetch_refused',
      message: expect.stringContaining('localhost is a loopback host name'),
    });
  });

  it('refuses schemes other than http and https', async () => {
    await expect(fetchResource('file:///etc/passwd', article())).rejects.toMatchObject({
      code: 'fetch_refused',
    });
    await expect(fetchResource('ftp://example.com/x', article())).rejects.toMatchObject({
      code: 'fetch_refused',
    });
  });

  it('fails quickly and clearly when nothing listens on the port', async () => {
    const port = await closedPort();
    await expect(fetchResource(`http://127.0.0.1:${port}/x`, article())).rejects.toMatchObject({
      code: 'fetch_failed',
      message: expect.stringContaining('connection was refused'),
    });
  });

  it('says which status a server answered', async () => {
    const s = await serve({});
    await expect(fetchResource(s.url('/missing'), article())).rejects.toMatchObject({
      code: 'fetch_failed',
      message: expect.stringContaining('answered 404'),
    });
  });
});

describe('fetchResource content types', () => {
  it('refuses an image for an article, naming what it is', async () => {
    const s = await serve({
      '/p.png': send(Buffer.from([0x89, 0x50, 0x4e, 0x47]), { 'content-type': 'image/png' }),
    });
    await expect(fetchResource(s.url('/p.png'), article())).rejects.toMatchObject({
      code: 'input_binary',
      message: `${s.url('/p.png')} is not a web page or text: the server says it is an image (image/png)`,
    });
  });

  it('refuses a PDF for a feed', async () => {
    const s = await serve({ '/f.pdf': send('%PDF-1.4', { 'content-type': 'application/pdf' }) });
    await expect(fetchResource(s.url('/f.pdf'), article({ kind: 'feed' }))).rejects.toMatchObject({
      code: 'input_binary',
      message: expect.stringContaining('a PDF document'),
    });
  });

  it('accepts RSS for a feed but not for an article', async () => {
    const s = await serve({ '/rss': send('<rss/>', { 'content-type': 'application/rss+xml' }) });
    await expect(fetchResource(s.url('/rss'), article({ kind: 'feed' }))).resolves.toMatchObject({
      status: 200,
    });
    await expect(fetchResource(s.url('/rss'), article())).rejects.toMatchObject({ code: 'fetch_refused' });
  });
});

describe('fetchResource conditional requests', () => {
  it('returns notModified when the server answers 304 to our ETag', async () => {
    const s = await serve({
      '/f': (req, res) =>
        req.headers['if-none-match'] === '"v1"'
          ? res.writeHead(304).end()
          : res.writeHead(200, { etag: '"v1"' }).end('x'),
    });
    const out = await fetchResource(s.url('/f'), article({ etag: '"v1"' }));
    expect(out).toMatchObject({ notModified: true, url: s.url('/f') });
  });

  it('sends If-Modified-Since from the last Last-Modified', async () => {
    let seen: string | undefined;
    const s = await serve({
      '/f': (req, res) => ((seen = req.headers['if-modified-since']), res.writeHead(304).end()),
    });
    await fetchResource(s.url('/f'), article({ lastModified: 'Tue, 05 Mar 2024 10:00:00 GMT' }));
    expect(seen).toBe('Tue, 05 Mar 2024 10:00:00 GMT');
  });
});
