import { afterEach, describe, expect, it } from 'vitest';
import { RobotsCache } from '../sources/robots-cache.js';
import { addFeeds } from './feeds.js';
import { newsArticle } from './test-support/articles.js';
import { countRows, fakeClock, openTestLedger, type TestLedger } from './test-support/ledger.js';
import { rss, startNewsServer, type NewsServer, type ServedItem } from './test-support/news-server.js';
import { Watcher, type WatchOptions } from './watch.js';
import { iso } from './watch-schedule.js';

let site: NewsServer | undefined;
let t: TestLedger | undefined;
afterEach(async () => {
  await t?.close();
  await site?.close();
  site = t = undefined;
});

async function setUp(items: ServedItem[] = []) {
  const s = (site = await startNewsServer());
  s.feed('/rss.xml', 'Kabar Pagi', items);
  const clock = fakeClock();
  t = openTestLedger();
  await addFeeds(t.feeds, [s.url('/rss.xml')], { at: iso(clock.now()) });
  const watcher = (over: Partial<WatchOptions> = {}) =>
    new Watcher(t!.ledger, t!.feeds, {
      allowPrivate: true,
      hostGapMs: 0,
      clock,
      random: () => 0.5,
      robotsCache: new RobotsCache(),
      ...over,
    });
  return { s, clock, t, watcher, feed: s.feeds.get('/rss.xml')! };
}

const item = (s: NewsServer, i: number, guid = `g${i}`): ServedItem => {
  const a = newsArticle(i, 0);
  s.pages.set(`/a/${i}`, a.html);
  return { guid, link: `/a/${i}`, title: a.title };
};

describe('the watcher with odd and hostile feeds', () => {
  it('keeps one item per GUID when a feed repeats GUIDs', async () => {
    const { s, t, watcher, feed } = await setUp();
    feed.items = [item(s, 1, 'same'), item(s, 2, 'same'), item(s, 3, 'other'), item(s, 4, 'other')];
    const w = watcher();
    await w.runOnce();
    expect(w.summary).toMatchObject({ newItems: 2, added: 2 });
    expect(countRows(t, 'SELECT * FROM feed_items')).toBe(2);
    expect((await t.store.counts()).articles).toBe(2);
    expect(s.hits('/a/2')).toBe(0);
  });

  it('marks a feed that turned into a web page as failing, with the reason, and stores nothing', async () => {
    const { s, t, clock, watcher, feed } = await setUp();
    feed.items = [item(s, 1)];
    await watcher().runOnce();
    feed.html = true;
    feed.items.unshift(item(s, 2));
    clock.advance(3600_000);
    const events: string[] = [];
    const w = watcher({ onEvent: (e) => e.type === 'feed-error' && events.push(e.error) });
    await w.runOnce();
    expect(events).toEqual([
      `${s.url('/rss.xml')} is a web page, not a feed (RSS, Atom or JSON Feed); the page names its feed at ${s.url('/rss-baru.xml')}`,
    ]);
    const after = await t.feeds.getFeed(s.url('/rss.xml'));
    expect(after).toMatchObject({ failures: 1, lastError: events[0] });
    expect(countRows(t, 'SELECT * FROM feed_items')).toBe(1);
    expect((await t.store.counts()).articles).toBe(1);
    expect(s.hits('/a/2')).toBe(0);
  });

  it('reads a feed of 100,000 items only up to its item cap', async () => {
    const { s, t, watcher, feed } = await setUp();
    const many: ServedItem[] = [];
    for (let i = 0; i < 100_000; i++)
      many.push({ guid: `big-${i}`, link: `/gone/${i}`, title: `Berita ${i}` });
    feed.body = rss('Banyak', many, s.origin);
    const warnings: string[] = [];
    const onEvent: WatchOptions['onEvent'] = (e) => e.type === 'polled' && warnings.push(...e.warnings);
    await watcher({ maxItems: 150, maxBytes: 2 * 1024 * 1024, onEvent }).runOnce();
    expect(countRows(t, 'SELECT * FROM feed_items')).toBe(150);
    expect(warnings.join('\n')).toMatch(/read its first 2\.0 MB/);
    // the items' pages are missing: each is tried once now and kept for a later try
    expect(countRows(t, "SELECT * FROM feed_items WHERE status = 'pending' AND attempts = 1")).toBe(150);
  });

  it('sends the validators back and adds nothing when the feed answers 304 Not Modified', async () => {
    const { s, clock, watcher, feed } = await setUp();
    feed.items = [item(s, 1)];
    const w = watcher({ intervalMs: 60_000 });
    await w.runOnce();
    clock.advance(120_000);
    await w.runOnce();
    expect(w.summary).toMatchObject({ polls: 2, notModified: 1, newItems: 1, added: 1 });
    expect(s.log.filter((l) => l.startsWith('GET /rss.xml'))).toEqual([
      'GET /rss.xml 200',
      'GET /rss.xml 304',
    ]);
  });

  it('gives up on an item whose page holds no article text, and on nothing else', async () => {
    const { s, t, watcher, feed } = await setUp();
    s.pages.set(
      '/empty',
      '<!DOCTYPE html><html><body><div id="app"></div><script>render()</script></body></html>',
    );
    feed.items = [{ guid: 'empty', link: '/empty', title: 'Kosong' }, item(s, 1)];
    const w = watcher();
    await w.runOnce();
    expect(w.summary).toMatchObject({ added: 1, itemErrors: 1, gaveUp: 1 });
    expect(
      countRows(
        t,
        "SELECT * FROM feed_items WHERE status = 'failed' AND last_error LIKE 'found no article text%'",
      ),
    ).toBe(1);
  });
});
