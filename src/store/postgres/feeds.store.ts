import { CorroborateError } from '../../domain/errors.js';
import type { FeedPolled, FeedStore, NewAlert, NewFollow } from '../feeds-port.js';
import type { PgDb } from './db.js';
import * as feeds from './feeds.repo.js';
import * as follows from './follows.repo.js';
import type { PgStore } from './store.js';

/**
 * The watcher's state in the ledger's own PostgreSQL database, on the PgStore's pool:
 * `new PgFeedStore(pgStore)`. Its writes do not take the ledger's write lock (they touch no claim),
 * so a watcher never waits for a worker's commit; a write that must be whole (a poll and its items,
 * a follow's state and its alerts) is one transaction of its own.
 */
export class PgFeedStore implements FeedStore {
  private readonly db: PgDb;

  constructor(private readonly store: PgStore) {
    this.db = store.db;
  }

  private async run<T>(what: string, fn: (db: PgDb) => Promise<T>, tx = false): Promise<T> {
    await this.store.open();
    const client = tx && !this.db.tx.getStore() ? await this.db.pool.connect() : null;
    try {
      if (!client) return await fn(this.db);
      await client.query('BEGIN');
      const out = await this.db.tx.run(client, () => fn(this.db));
      await client.query('COMMIT');
      return out;
    } catch (cause) {
      await client?.query('ROLLBACK').catch(() => undefined);
      if (cause instanceof CorroborateError) throw cause;
      throw new CorroborateError('store_failed', `${what} failed: ${(cause as Error).message}`, { cause });
    } finally {
      client?.release();
    }
  }

  addFeed(feed: { url: string; title: string | null; intervalS: number | null; at: string }) {
    return this.run('adding a feed', (db) => feeds.addFeed(db, feed));
  }

  getFeed(key: number | string) {
    return this.run('reading a feed', (db) => feeds.getFeed(db, key));
  }

  listFeeds() {
    return this.run('listing feeds', (db) => feeds.listFeeds(db));
  }

  removeFeed(id: number) {
    return this.run('removing a feed', (db) => feeds.removeFeed(db, id));
  }

  dueFeeds(now: string, limit: number) {
    return this.run('reading due feeds', (db) => feeds.dueFeeds(db, now, limit));
  }

  feedPolled(id: number, polled: FeedPolled) {
    return this.run('recording a feed poll', (db) => feeds.feedPolled(db, id, polled), true);
  }

  feedFailed(id: number, failed: { at: string; nextPollAt: string; error: string }) {
    return this.run('recording a feed failure', (db) => feeds.feedFailed(db, id, failed));
  }

  pendingItems(now: string, limit: number) {
    return this.run('reading pending items', (db) => feeds.pendingItems(db, now, limit));
  }

  feedItems(feedId: number) {
    return this.run('reading feed items', (db) => feeds.feedItems(db, feedId));
  }

  articleForUrl(urls: string[]) {
    return this.run('looking up an item URL', (db) => feeds.articleForUrl(db, urls));
  }

  itemDone(id: number, done: { articleId: number; canonicalUrl: string | null; contentHash: string | null }) {
    return this.run('recording an item', (db) => feeds.itemDone(db, id, done));
  }

  itemFailed(id: number, failed: { error: string; nextTryAt: string | null }) {
    return this.run('recording an item failure', (db) => feeds.itemFailed(db, id, failed));
  }

  nextDueAt() {
    return this.run('reading the schedule', (db) => feeds.nextDueAt(db));
  }

  hostNextAllowed(host: string) {
    return this.run('reading host state', (db) => feeds.hostNextAllowed(db, host));
  }

  setHostNextAllowed(host: string, at: string) {
    return this.run('writing host state', (db) => feeds.setHostNextAllowed(db, host, at));
  }

  addFollow(follow: NewFollow) {
    return this.run('adding a follow', (db) => follows.addFollow(db, follow), true);
  }

  getFollow(id: number) {
    return this.run('reading a follow', (db) => follows.getFollow(db, id));
  }

  listFollows() {
    return this.run('listing follows', (db) => follows.listFollows(db));
  }

  removeFollow(id: number) {
    return this.run('removing a follow', (db) => follows.removeFollow(db, id));
  }

  recordAlerts(followId: number, state: unknown, alerts: NewAlert[], at: string) {
    return this.run('recording alerts', (db) => follows.recordAlerts(db, followId, state, alerts, at), true);
  }

  followAlerts(followId: number) {
    return this.run('reading alerts', (db) => follows.followAlerts(db, followId));
  }

  pendingAlerts(now: string, limit: number) {
    return this.run('reading pending alerts', (db) => follows.pendingAlerts(db, now, limit));
  }

  alertPrinted(id: number, at: string) {
    return this.run('recording an alert', (db) => follows.alertPrinted(db, id, at));
  }

  alertDelivered(id: number, at: string) {
    return this.run('recording an alert', (db) => follows.alertDelivered(db, id, at));
  }

  alertFailed(id: number, failed: { error: string; nextTryAt: string | null }) {
    return this.run('recording an alert failure', (db) => follows.alertFailed(db, id, failed));
  }
}
