import { afterEach, describe, expect, it } from 'vitest';
import { Ledger } from '../../services/ledger.js';
import { textArticle } from '../../sources/file.js';
import type { FeedItemInput, FeedStore } from '../feeds-port.js';
import type { LedgerStore } from '../port.js';

const T = (m: number) => new Date(Date.UTC(2024, 4, 6, 8, m)).toISOString();
const items = (...guids: string[]): FeedItemInput[] =>
  guids.map((g) => ({ guid: g, url: `https://kabar.example/${g}`, title: g, published: '2024-05-06' }));

/**
 * The behaviour every FeedStore back end must show, run by each back end's own test file:
 * `runFeedStoreContract('sqlite', () => { const s = new SqliteStore(':memory:'); return { store: s, feeds: new SqliteFeedStore(s.db) }; })`.
 */
export function runFeedStoreContract(
  name: string,
  make: () => Promise<{ store: LedgerStore; feeds: FeedStore }>,
): void {
  describe(`FeedStore contract: ${name}`, () => {
    let store: LedgerStore | undefined;
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });
    const open = async () => {
      const made = await make();
      store = made.store;
      return made.feeds;
    };
    /** the feed most tests watch, added at T(0) */
    const aFeed = async (f: FeedStore) =>
      (await f.addFeed({ url: 'https://a.example/rss', title: null, intervalS: null, at: T(0) })).feed;
    /** a plain poll at T(0) that found these items, next one at T(15) */
    const polledWith = (f: FeedStore, feedId: number, found: FeedItemInput[]) =>
      f.feedPolled(feedId, {
        at: T(0),
        nextPollAt: T(15),
        etag: null,
        lastModified: null,
        title: null,
        items: found,
      });
    /** an article in the ledger, for an item to point at */
    const anArticle = async () =>
      (
        await new Ledger(store!).add(
          textArticle('Banjir di hulu\n\nKepala desa mengatakan bahwa air naik dua meter.', null),
        )
      ).id;

    it('adds a feed once and hands out due feeds, most overdue first', async () => {
      const f = await open();
      const a = await f.addFeed({ url: 'https://a.example/rss', title: null, intervalS: null, at: T(5) });
      expect(a.created).toBe(true);
      expect(
        (await f.addFeed({ url: 'https://a.example/rss', title: 'x', intervalS: 60, at: T(9) })).created,
      ).toBe(false);
      await f.addFeed({ url: 'https://b.example/rss', title: null, intervalS: 600, at: T(1) });
      expect((await f.dueFeeds(T(5), 10)).map((x) => x.url)).toEqual([
        'https://b.example/rss',
        'https://a.example/rss',
      ]);
      expect(await f.dueFeeds(T(0), 10)).toEqual([]);
      expect((await f.getFeed('https://b.example/rss'))?.intervalS).toBe(600);
    });

    it('records a poll with its new items at once, and knows an item by feed and GUID', async () => {
      const f = await open();
      const feed = await aFeed(f);
      const polled = { at: T(1), nextPollAt: T(16), etag: '"v1"', lastModified: null, title: 'Kabar A' };
      expect(
        await f.feedPolled(feed.id, {
          ...polled,
          items: [...items('x', 'y'), { guid: 'no-link', url: null, title: null, published: null }],
        }),
      ).toEqual({ newItems: 3 });
      expect(await f.feedPolled(feed.id, { ...polled, items: items('y', 'z') })).toEqual({ newItems: 1 });
      expect(await f.getFeed(feed.id)).toMatchObject({
        etag: '"v1"',
        title: 'Kabar A',
        nextPollAt: T(16),
        lastOkAt: T(1),
        failures: 0,
      });
      expect((await f.pendingItems(T(1), 10)).map((i) => i.guid)).toEqual(['x', 'y', 'z']);
      expect((await f.feedItems(feed.id)).find((i) => i.guid === 'no-link')?.status).toBe('skipped');
    });

    it('counts failures until a success, then forgets them', async () => {
      const f = await open();
      const feed = await aFeed(f);
      await f.feedFailed(feed.id, { at: T(1), nextPollAt: T(2), error: 'answered 500' });
      expect(
        await f.feedFailed(feed.id, { at: T(2), nextPollAt: T(4), error: 'answered 502' }),
      ).toMatchObject({
        failures: 2,
        lastError: 'answered 502',
      });
      await f.feedPolled(feed.id, {
        at: T(4),
        nextPollAt: T(19),
        etag: null,
        lastModified: null,
        title: null,
        items: [],
      });
      expect(await f.getFeed(feed.id)).toMatchObject({ failures: 0, lastError: null });
    });

    it('finds an article by any done item of any feed with the same URL or canonical URL', async () => {
      const f = await open();
      const feed = await aFeed(f);
      await polledWith(f, feed.id, items('x', 'y'));
      const [x, y] = await f.pendingItems(T(0), 10);
      const articleId = await anArticle();
      await f.itemDone(x!.id, {
        articleId,
        canonicalUrl: 'https://kabar.example/berita/x',
        contentHash: 'h',
      });
      expect(await f.articleForUrl(['https://kabar.example/x'])).toBe(articleId);
      expect(await f.articleForUrl(['https://other.example/', 'https://kabar.example/berita/x'])).toBe(
        articleId,
      );
      await f.itemFailed(y!.id, { error: 'answered 503', nextTryAt: T(20) });
      expect(await f.pendingItems(T(19), 10)).toEqual([]);
      expect(await f.nextDueAt()).toBe(T(15));
      await f.itemFailed(y!.id, { error: 'answered 404', nextTryAt: null });
      expect((await f.feedItems(feed.id)).map((i) => [i.guid, i.status, i.attempts])).toEqual([
        ['x', 'done', 1],
        ['y', 'failed', 2],
      ]);
    });

    it('lists each feed with its items counted by state, and forgets them with the feed', async () => {
      const f = await open();
      const feed = await aFeed(f);
      await polledWith(f, feed.id, [
        ...items('x', 'y', 'z'),
        { guid: 'no-link', url: null, title: null, published: null },
      ]);
      const [x, y] = await f.pendingItems(T(0), 10);
      await f.itemDone(x!.id, { articleId: await anArticle(), canonicalUrl: null, contentHash: null });
      await f.itemFailed(y!.id, { error: 'answered 404', nextTryAt: null });
      expect(await f.listFeeds()).toMatchObject([
        { id: feed.id, items: 4, pending: 1, articles: 1, failed: 1 },
      ]);
      expect(await f.removeFeed(feed.id)).toBe(true);
      expect(await f.removeFeed(feed.id)).toBe(false);
      expect(await f.feedItems(feed.id)).toEqual([]);
      expect(await f.listFeeds()).toEqual([]);
    });

    it('keeps each host’s next allowed time', async () => {
      const f = await open();
      expect(await f.hostNextAllowed('kabar.example')).toBeNull();
      await f.setHostNextAllowed('kabar.example', T(1));
      await f.setHostNextAllowed('kabar.example', T(2));
      expect(await f.hostNextAllowed('kabar.example')).toBe(T(2));
    });

    it('stores a follow once, and its alerts with its new state in one go', async () => {
      const f = await open();
      const follow = {
        kind: 'claim' as const,
        target: '7',
        label: 'x',
        webhook: null,
        stdout: true,
        allowPrivate: false,
        createdAt: T(0),
        state: { claims: {} },
      };
      const { follow: made } = await f.addFollow(follow);
      expect((await f.addFollow(follow)).created).toBe(false);
      expect((await f.addFollow({ ...follow, webhook: 'https://hooks.example/x' })).created).toBe(true);
      const [alert] = await f.recordAlerts(
        made.id,
        { claims: { 7: { deny: 1 } } },
        [{ kind: 'denial', payload: { kind: 'denial' } }],
        T(3),
      );
      expect(alert).toMatchObject({
        followId: made.id,
        kind: 'denial',
        payload: { kind: 'denial' },
        createdAt: T(3),
        attempts: 0,
        deliveredAt: null,
      });
      expect((await f.getFollow(made.id))?.state).toEqual({ claims: { 7: { deny: 1 } } });
      expect((await f.pendingAlerts(T(3), 10)).map((a) => a.id)).toEqual([alert!.id]);
      await f.alertFailed(alert!.id, { error: 'answered 503', nextTryAt: T(5) });
      expect(await f.pendingAlerts(T(4), 10)).toEqual([]);
      await f.alertDelivered(alert!.id, T(5));
      expect(await f.pendingAlerts(T(9), 10)).toEqual([]);
      expect((await f.listFollows()).map((x) => [x.id === made.id, x.alerts, x.undelivered])).toEqual([
        [true, 1, 0],
        [false, 0, 0],
      ]);
      expect(await f.removeFollow(made.id)).toBe(true);
      expect(await f.followAlerts(made.id)).toEqual([]);
    });
  });
}
