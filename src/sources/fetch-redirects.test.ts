import { describe, expect, it } from 'vitest';
import { fetchResource } from './fetch.js';
import { RobotsCache } from './robots-cache.js';
import { redirect, send, useTestServer, type Handler } from './test-support/server.js';
import { articleRequest } from './test-support/requests.js';

const serve = useTestServer();
const article = articleRequest;

describe('fetchResource redirects', () => {
  it('follows redirects and reports the chain', async () => {
    const s = await serve({ '/old': redirect('/mid', 301), '/mid': redirect('/new'), '/new': send('ok') });
    const out = await fetchResource(s.url('/old'), article());
    expect(out).toMatchObject({ url: s.url('/new'), chain: [s.url('/old'), s.url('/mid'), s.url('/new')] });
  });

  it('detects a redirect loop', async () => {
    const s = await serve({ '/a': redirect('/b'), '/b': redirect('/a') });
    await expect(fetchResource(s.url('/a'), article())).rejects.toMatchObject({
      code: 'fetch_failed',
      message: expect.stringContaining(`redirect loop (${s.url('/a')} → ${s.url('/b')} → ${s.url('/a')})`),
    });
  });

  it('stops after maxRedirects redirects', async () => {
    const routes: Record<string, Handler> = {};
    for (let i = 0; i < 10; i++) routes[`/r${i}`] = redirect(`/r${i + 1}`);
    const s = await serve(routes);
    await expect(fetchResource(s.url('/r0'), article({ limits: { maxRedirects: 3 } }))).rejects.toMatchObject(
      {
        message: expect.stringContaining('more than 3 redirects'),
      },
    );
    expect(s.requests.filter((p) => /^\/r\d/.test(p))).toEqual(['/r0', '/r1', '/r2', '/r3']);
  });

  it('checks the address again on every redirect', async () => {
    const s = await serve({
      '/go': (_q, r) => r.writeHead(302, { location: `http://127.0.0.2:${s.port}/x` }).end(),
    });
    const req = article({ allowPrivate: false, allowedAddresses: ['127.0.0.1'] });
    await expect(fetchResource(s.url('/go'), req)).rejects.toMatchObject({
      code: 'fetch_refused',
      message: expect.stringContaining('127.0.0.2 is a loopback address'),
    });
  });

  it('refuses a redirect to another scheme', async () => {
    const s = await serve({ '/go': redirect('file:///etc/passwd') });
    await expect(fetchResource(s.url('/go'), article())).rejects.toMatchObject({ code: 'fetch_refused' });
  });
});

describe('fetchResource robots.txt', () => {
  const robots = (text: string, status = 200): Handler =>
    send(text, { 'content-type': 'text/plain' }, status);

  it('refuses a path robots.txt disallows for Corroborate, and says how to override', async () => {
    const s = await serve({
      '/robots.txt': robots('User-agent: corroborate\nDisallow: /private/\n'),
      '/private/a': send('x'),
    });
    await expect(fetchResource(s.url('/private/a'), article())).rejects.toMatchObject({
      code: 'fetch_refused',
      message: `refusing to fetch ${s.url('/private/a')}: its robots.txt disallows it (use --ignore-robots to fetch it anyway)`,
    });
    expect(s.requests).toEqual(['/robots.txt']);
  });

  it('fetches a disallowed path when robots are ignored', async () => {
    const s = await serve({ '/robots.txt': robots('User-agent: *\nDisallow: /\n'), '/a': send('x') });
    await expect(fetchResource(s.url('/a'), article({ robots: 'ignore' }))).resolves.toMatchObject({
      status: 200,
    });
    expect(s.requests).toEqual(['/a']);
  });

  it('reads robots.txt once per site', async () => {
    const s = await serve({
      '/robots.txt': robots('User-agent: *\nAllow: /\n'),
      '/a': send('x'),
      '/b': send('y'),
    });
    const cache = new RobotsCache();
    await fetchResource(s.url('/a'), article({ robotsCache: cache }));
    await fetchResource(s.url('/b'), article({ robotsCache: cache }));
    expect(s.requests).toEqual(['/robots.txt', '/a', '/b']);
  });

  it('treats a robots.txt that answers 503 as closed for now', async () => {
    const s = await serve({ '/robots.txt': robots('oops', 503), '/a': send('x') });
    await expect(fetchResource(s.url('/a'), article())).rejects.toMatchObject({
      code: 'fetch_refused',
      message: expect.stringContaining('its robots.txt answered 503'),
    });
  });

  it('reads everything when robots.txt is missing', async () => {
    const s = await serve({ '/a': send('x') });
    await expect(fetchResource(s.url('/a'), article())).resolves.toMatchObject({ status: 200 });
  });
});
