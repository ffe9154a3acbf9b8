import { afterEach, describe, expect, it } from 'vitest';
import { RobotsCache } from '../sources/robots-cache.js';
import { addFeeds } from './feeds.js';
import { newsArticle } from './test-support/articles.js';
import { countRows, fakeClock, openTestLedger, type TestLedger } from './test-support/ledger.js';
import { startNewsServer, type NewsServer } from './test-support/news-server.js';
import { Watcher, type WatchOptions } from './watch.js';
import { iso } from './watch-schedule.js';

let site: NewsServer | undefined;
let ledgers: TestLedger[] = [];
afterEach(async () => {
  for (const l of ledgers) await l.close();
  ledgers = [];
  await site?.close();
  site = undefined;
});

const open = (file?: string) => {
  const t = openTestLedger(file);
  ledgers.push(t);
  return t;
};

/** Feed `f` item `i`: its page on the site, and its entry in the feed. */
function publish(s: NewsServer, f: number, i: number, path = `/news/${f}/${i}.html`) {
  const a = newsArticle(f, i);
  s.pages.set(path, a.html);
  s.feeds.get(`/feed/${f}.xml`)!.items.unshift({
    guid: `f${f}-i${i}`,
    link: path,
    title: a.title,
    pubDate: 'Mon, 06 May 2024 08:00:00 GMT',
  });
}

const options = (clock: ReturnType<typeof fakeClock>, over: Partial<WatchOptions> = {}): WatchOptions => ({
  allowPrivate: true,
  intervalMs: 60_000,
  hostGapMs: 100,
  retryBaseMs: 10_000,
  clock,
  random: () => 0.5,
  robotsCache: new RobotsCache(),
  ...over,
});

describe('the watcher over 20 feeds', () => {
  it('loses no article and stores none twice through a failing feed, a failing page and a restart', async () => {
    const s = (site = await startNewsServer());
    for (let f = 0; f < 20; f++) {
      s.feed(`/feed/${f}.xml`, `Kabar ${f}`);
      publish(s, f, 0);
    }
    // feed 4 cross-posts feed 3's first article under its own GUID
    s.feeds
      .get('/feed/4.xml')!
      .items.push({ guid: 'cross-post', link: '/news/3/0.html', title: 'Cross-post' });
    s.feeds.get('/feed/7.xml')!.failures = 2;
    s.pageFailures.set('/news/12/0.html', 1);
    const clock = fakeClock();
    let t = open();
    await addFeeds(
      t.feeds,
      [...s.feeds.keys()].map((p) => s.url(p)),
      { at: iso(clock.now()) },
    );

    let articles = 0;
    const first: Watcher = new Watcher(t.ledger, t.feeds, {
      ...options(clock),
      onEvent: (e) => {
        if (e.type === 'article' && ++articles === 8) first.stop();
      },
    });
    const before = await first.run();
    expect(before.added).toBe(8);
    await t.close();

    // while it was down, five feeds published one more article each
    for (let f = 0; f < 5; f++) publish(s, f, 1);
    t = open(t.file);
    const second = new Watcher(t.ledger, t.feeds, options(clock));
    // ten minutes of polling on a one-minute interval
    for (let round = 0; round < 10; round++) {
      await second.runOnce();
      clock.advance(60_000);
    }

    const served = new Set([...s.feeds.values()].flatMap((f) => f.items.map((i) => i.link)));
    expect(served.size).toBe(25);
    expect((await t.store.counts()).articles).toBe(served.size);
    expect(countRows(t, 'SELECT DISTINCT url FROM articles')).toBe(served.size);
    expect(countRows(t, 'SELECT * FROM feed_items')).toBe(26);
    expect(countRows(t, "SELECT * FROM feed_items WHERE status = 'done' AND article_id IS NOT NULL")).toBe(
      26,
    );
    expect(
      countRows(t, 'SELECT feed_id, guid FROM feed_items GROUP BY feed_id, guid HAVING count(*) > 1'),
    ).toBe(0);
    // every page was fetched once, the one that failed once twice, the cross-post never again
    for (const link of served) expect(s.hits(link)).toBe(link === '/news/12/0.html' ? 2 : 1);
    const crossPosted = t.store.db
      .prepare("SELECT DISTINCT article_id FROM feed_items WHERE guid IN ('f3-i0', 'cross-post')")
      .all();
    expect(crossPosted).toHaveLength(1);
    const failing = await t.feeds.getFeed(s.url('/feed/7.xml'));
    expect(failing).toMatchObject({ failures: 0, lastError: null });
    expect(failing!.lastOkAt).not.toBeNull();
    expect(before.feedErrors + second.summary.feedErrors).toBe(2);
  });
});

describe('the watcher, politely', () => {
  it('asks one host at most once per gap, and keeps the gap across a restart', async () => {
    const s = (site = await startNewsServer());
    for (let f = 0; f < 3; f++) {
      s.feed(`/feed/${f}.xml`, `Kabar ${f}`);
      publish(s, f, 0);
    }
    const clock = fakeClock();
    const t = open();
    await addFeeds(
      t.feeds,
      [0, 1, 2].map((f) => s.url(`/feed/${f}.xml`)),
      { at: iso(clock.now()) },
    );
    const w = new Watcher(t.ledger, t.feeds, options(clock, { hostGapMs: 2000 }));
    await w.runOnce();
    // three feeds and three articles on 127.0.0.1: five waits of 2 s between six requests
    expect(clock.slept).toEqual([2000, 2000, 2000, 2000, 2000]);
    expect(w.summary).toMatchObject({ polls: 3, added: 3 });
    clock.advance(500);
    await t.feeds.addFeed({
      url: s.url('/feed/extra.xml'),
      title: null,
      intervalS: null,
      at: iso(clock.now()),
    });
    const again = new Watcher(t.ledger, t.feeds, options(clock, { hostGapMs: 2000 }));
    await again.runOnce();
    expect(clock.slept[5]).toBe(1500);
  });

  it('polls each feed on its interval with jitter and retries a failing one with growing backoff', async () => {
    const s = (site = await startNewsServer());
    s.feed('/feed/0.xml', 'Kabar');
    s.feeds.get('/feed/0.xml')!.failures = 3;
    const clock = fakeClock();
    const t = open();
    await addFeeds(t.feeds, [s.url('/feed/0.xml')], { at: iso(clock.now()) });
    const w = new Watcher(
      t.ledger,
      t.feeds,
      options(clock, { random: () => 1, jitter: 0.1, retryBaseMs: 60_000 }),
    );
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await w.runOnce();
      const feed = (await t.feeds.getFeed(s.url('/feed/0.xml')))!;
      waits.push(Date.parse(feed.nextPollAt) - clock.now());
      clock.advance(waits.at(-1)!);
    }
    // 1, 2 and 4 minutes (+10 % jitter) after failures, then the 1 minute interval (+10 %)
    expect(waits).toEqual([66_000, 132_000, 264_000, 66_000]);
    expect(w.summary.feedErrors).toBe(3);
  });

  it('stops a running watcher between requests and returns its summary', async () => {
    const s = (site = await startNewsServer());
    s.feed('/feed/0.xml', 'Kabar');
    publish(s, 0, 0);
    const clock = fakeClock();
    const t = open();
    await addFeeds(t.feeds, [s.url('/feed/0.xml')], { at: iso(clock.now()) });
    let idles = 0;
    const w: Watcher = new Watcher(t.ledger, t.feeds, {
      ...options(clock),
      onEvent: (e) => {
        if (e.type === 'idle' && ++idles === 3) w.stop();
      },
    });
    const summary = await w.run();
    expect(summary.added).toBe(1);
    expect(summary.rounds).toBe(3);
    // the feed was polled again after its interval, answered 304
    expect(summary.notModified).toBeGreaterThanOrEqual(1);
  });
});
