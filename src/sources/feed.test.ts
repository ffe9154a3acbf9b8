import { describe, expect, it } from 'vitest';
import { parseFeed } from './feed.js';
import { ATOM, HTML_WITH_FEED_LINK, JSON_FEED, RSS, bigRss } from './test-support/feeds.js';

// built once, outside the test's own time
const HUNDRED_THOUSAND = bigRss(100_000);

describe('parseFeed', () => {
  it('reads RSS 2.0 items with plain-text summaries', () => {
    const feed = parseFeed(RSS, { url: 'https://kabar.example/rss' });
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'Kabar Nusantara — Ekonomi',
      link: 'https://kabar.example/ekonomi',
      warnings: [],
    });
    expect(feed.items).toEqual([
      {
        guid: 'kabar-1',
        url: 'https://kabar.example/a/1',
        title: 'Subsidi beras ditambah',
        published: '2024-03-05',
        publishedAt: '2024-03-05T03:00:00.000Z',
        summary: 'Pemerintah menambah subsidi & bantuan.',
      },
      expect.objectContaining({ guid: 'kabar-2', published: '2024-03-06', summary: null }),
    ]);
  });

  it('reads Atom entries', () => {
    const feed = parseFeed(ATOM);
    expect(feed).toMatchObject({
      format: 'atom',
      title: 'The Daily Example',
      link: 'https://daily.example/',
    });
    expect(feed.items).toEqual([
      {
        guid: 'urn:daily:1',
        url: 'https://daily.example/rice',
        title: 'Rice & wheat prices',
        published: '2024-02-29',
        publishedAt: '2024-02-29T08:00:00.000Z',
        summary: 'Prices rose.',
      },
    ]);
  });

  it('reads a JSON Feed, resolving relative URLs and keeping the stated day', () => {
    const feed = parseFeed(JSON_FEED, { url: 'https://json.example/feed.json' });
    expect(feed).toMatchObject({ format: 'json', title: 'Example JSON', link: 'https://json.example/' });
    expect(feed.items).toEqual([
      {
        guid: '1',
        url: 'https://json.example/1',
        title: 'One',
        published: '2024-03-05',
        publishedAt: '2024-03-06T04:30:00.000Z',
        summary: 'First.',
      },
      {
        guid: '2',
        url: 'https://json.example/2',
        title: 'Two',
        published: null,
        publishedAt: null,
        summary: 'Second',
      },
    ]);
    expect(feed.warnings).toEqual([
      '1 item(s) are not JSON Feed items; skipped them',
      '1 item(s) repeated a GUID already seen; kept the first of each',
    ]);
  });

  it('drops items that repeat a GUID, keeping the first', () => {
    const feed = parseFeed(bigRss(6, 3));
    expect(feed.items.map((i) => [i.guid, i.title])).toEqual([
      ['g0', 'Item 0'],
      ['g1', 'Item 1'],
      ['g2', 'Item 2'],
    ]);
    expect(feed.warnings).toEqual(['3 item(s) repeated a GUID already seen; kept the first of each']);
  });

  it('reads the first maxItems of a feed with 100,000 items, and says so', () => {
    const feed = parseFeed(HUNDRED_THOUSAND, { url: 'https://big.example/rss' });
    expect(feed.items).toHaveLength(500);
    expect(feed.items.at(-1)?.title).toBe('Item 499');
    expect(feed.warnings).toEqual(['https://big.example/rss has 100000 items; read the first 500']);
  });

  it('says a web page is not a feed, and points at the feed it names', () => {
    expect(() => parseFeed(HTML_WITH_FEED_LINK, { url: 'https://kabar.example/' })).toThrow(
      'https://kabar.example/ is a web page, not a feed (RSS, Atom or JSON Feed); the page names its feed at https://kabar.example/rss.xml',
    );
  });

  it('says so for XML that is no feed, and for JSON that is no JSON Feed', () => {
    expect(() => parseFeed('<?xml version="1.0"?><note><to>x</to></note>')).toThrow('is not a feed');
    expect(() => parseFeed('{"hello": 1}')).toThrow('is JSON but not a JSON Feed');
    expect(() => parseFeed('{"broken"')).toThrow('is not valid JSON');
  });

  it('does not expand entities declared in a DOCTYPE (billion laughs)', () => {
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join(
      '',
    );
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">${laughs}]><rss version="2.0"><channel><title>&l9;</title><item><guid>1</guid></item></channel></rss>`;
    const feed = parseFeed(xml);
    expect((feed.title ?? '').length).toBeLessThan(100);
    expect(feed.items).toHaveLength(1);
  });
});
