import { afterEach, describe, expect, it } from 'vitest';
import type { FeedItemInput } from '../feeds-port.js';
import { MIGRATIONS } from './migrations.js';
import { feedStoreOf, SqliteFeedStore } from './feeds.store.js';
import { SqliteStore } from './store.js';

let store: SqliteStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

const open = () => {
  store = new SqliteStore(':memory:');
  return new SqliteFeedStore(store.db);
};

const T = (m: number) => new Date(Date.UTC(2024, 4, 6, 8, m)).toISOString();
const items = (...guids: string[]): FeedItemInput[] =>
  guids.map((g) => ({ guid: g, url: `https://kabar.example/${g}`, title: g, published: '2024-05-06' }));

describe('the SQLite feed store', () => {
  it('is one more migration of the ledger file', () => {
    open();
    expect(
      (store!.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string })
        .value,
    ).toBe(String(MIGRATIONS.length));
    expect(feedStoreOf(store!)).toBeInstanceOf(SqliteFeedStore);
  });

  it('adds a feed once and hands out due feeds, most overdue first', async () => {
    const f = open();
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
    const f = open();
    const { feed } = await f.addFeed({
      url: 'https://a.example/rss',
      title: null,
      intervalS: null,
      at: T(0),
    });
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
    const f = open();
    const { feed } = await f.addFeed({
      url: 'https://a.example/rss',
      title: null,
      intervalS: null,
      at: T(0),
    });
    await f.feedFailed(feed.id, { at: T(1), nextPollAt: T(2), error: 'answered 500' });
    expect(await f.feedFailed(feed.id, { at: T(2), nextPollAt: T(4), error: 'answered 502' })).toMatchObject({
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
    const f = open();
    const { feed } = await f.addFeed({
      url: 'https://a.example/rss',
      title: null,
      intervalS: null,
      at: T(0),
    });
    await f.feedPolled(feed.id, {
      at: T(0),
      nextPollAt: T(15),
      etag: null,
      lastModified: null,
      title: null,
      items: items('x', 'y'),
    });
    const [x, y] = await f.pendingItems(T(0), 10);
    store!.db
      .prepare(
        "INSERT INTO articles (id, language, added_at, content_hash, signature, copy_group, pipeline, text, extraction) VALUES (41, 'id', ?, 'h', 's', 41, 'p', 't', '{}')",
      )
      .run(T(0));
    await f.itemDone(x!.id, {
      articleId: 41,
      canonicalUrl: 'https://kabar.example/berita/x',
      contentHash: 'h',
    });
    expect(await f.articleForUrl(['https://kabar.example/x'])).toBe(41);
    expect(await f.articleForUrl(['https://other.example/', 'https://kabar.example/berita/x'])).toBe(41);
    await f.itemFailed(y!.id, { error: 'answered 503', nextTryAt: T(20) });
    expect(await f.pendingItems(T(19), 10)).toEqual([]);
    expect(await f.nextDueAt()).toBe(T(15));
    await f.itemFailed(y!.id, { error: 'answered 404', nextTryAt: null });
    expect((await f.feedItems(feed.id)).map((i) => [i.guid, i.status, i.attempts])).toEqual([
      ['x', 'done', 1],
      ['y', 'failed', 2],
    ]);
  });

  it('keeps each host’s next allowed time', async () => {
    const f = open();
    expect(await f.hostNextAllowed('kabar.example')).toBeNull();
    await f.setHostNextAllowed('kabar.example', T(1));
    await f.setHostNextAllowed('kabar.example', T(2));
    expect(await f.hostNextAllowed('kabar.example')).toBe(T(2));
  });

  it('stores a follow once, and its alerts with its new state in one go', async () => {
    const f = open();
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
    expect((await f.listFollows()).map((x) => [x.id, x.alerts, x.undelivered])).toEqual([
      [1, 1, 0],
      [2, 0, 0],
    ]);
    expect(await f.removeFollow(made.id)).toBe(true);
    expect(await f.followAlerts(made.id)).toEqual([]);
  });
});
