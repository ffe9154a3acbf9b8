import { describe, expect, it } from 'vitest';
import { isAllowed, parseRobots, patternMatches } from './robots.js';
import { RobotsCache, type RobotsLoader } from './robots-cache.js';

describe('parseRobots', () => {
  it('uses the group naming Corroborate over the * group', () => {
    const r = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: Corroborate/0.1\nDisallow: /private\n');
    expect(isAllowed(r, '/news/1')).toBe(true);
    expect(isAllowed(r, '/private/x')).toBe(false);
  });

  it('falls back to the * group and merges groups for the same agent', () => {
    const r = parseRobots(
      'User-agent: *\nDisallow: /a\n\nUser-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /b\n',
    );
    expect([isAllowed(r, '/a'), isAllowed(r, '/b'), isAllowed(r, '/c')]).toEqual([false, false, true]);
  });

  it('shares the rules of consecutive user-agent lines', () => {
    const r = parseRobots('User-agent: googlebot\nUser-agent: corroborate\nDisallow: /x\n');
    expect(isAllowed(r, '/x')).toBe(false);
  });

  it('lets the longest match win, and Allow win a tie', () => {
    const r = parseRobots(
      'User-agent: *\nDisallow: /news\nAllow: /news/public\nDisallow: /same\nAllow: /same\n',
    );
    expect(isAllowed(r, '/news/secret')).toBe(false);
    expect(isAllowed(r, '/news/public/1')).toBe(true);
    expect(isAllowed(r, '/same')).toBe(true);
  });

  it('ignores comments, blank Disallow lines and junk such as an HTML error page', () => {
    expect(isAllowed(parseRobots('User-agent: * # all\nDisallow:\n'), '/x')).toBe(true);
    expect(isAllowed(parseRobots('<html><body>Not found</body></html>'), '/x')).toBe(true);
  });

  it('always allows /robots.txt itself', () => {
    expect(isAllowed(parseRobots('User-agent: *\nDisallow: /\n'), '/robots.txt')).toBe(true);
  });

  it('reads Crawl-delay for our group', () => {
    expect(parseRobots('User-agent: *\nCrawl-delay: 5\n').crawlDelay).toBe(5);
  });

  it('compares non-ASCII paths percent-encoded', () => {
    const r = parseRobots('User-agent: *\nDisallow: /berita/café\n');
    expect(isAllowed(r, '/berita/caf%c3%a9/1')).toBe(false);
  });
});

describe('patternMatches', () => {
  it('matches prefixes, * and $', () => {
    expect(patternMatches('/a', '/abc')).toBe(true);
    expect(patternMatches('/*.pdf$', '/x/y.pdf')).toBe(true);
    expect(patternMatches('/*.pdf$', '/x/y.pdf?z')).toBe(false);
    expect(patternMatches('/a*c', '/abbbc/d')).toBe(true);
    expect(patternMatches('/a$', '/ab')).toBe(false);
  });

  it('does not blow up on a hostile pattern', () => {
    const pattern = `/${'*a'.repeat(30)}b$`;
    expect(patternMatches(pattern, `/${'a'.repeat(2000)}`)).toBe(false);
  });
});

describe('RobotsCache', () => {
  function loader(status: number, text = '') {
    const l = {
      calls: 0,
      load: (async () => {
        l.calls++;
        return { status, text };
      }) as RobotsLoader,
    };
    return l;
  }

  it('loads once per origin while fresh, and again after a day', async () => {
    let now = 0;
    const cache = new RobotsCache(10, () => now);
    const load = loader(200, 'User-agent: *\nDisallow: /x\n');
    await cache.get('https://a.example', load.load);
    await cache.get('https://a.example', load.load);
    expect(load.calls).toBe(1);
    now = 25 * 3600_000;
    await cache.get('https://a.example', load.load);
    expect(load.calls).toBe(2);
  });

  it('reads 4xx as allow-all and 5xx as disallow-all (RFC 9309)', async () => {
    const cache = new RobotsCache();
    expect(isAllowed((await cache.get('https://a.example', loader(404).load)).rules, '/x')).toBe(true);
    expect(isAllowed((await cache.get('https://b.example', loader(500).load)).rules, '/x')).toBe(false);
  });

  it('keeps at most maxOrigins origins', async () => {
    const cache = new RobotsCache(2);
    const load = loader(404);
    for (const o of ['https://a', 'https://b', 'https://c', 'https://a']) await cache.get(o, load.load);
    expect(load.calls).toBe(4);
  });
});
