import { CorroborateError } from '../../domain/errors.js';
import type { FeedPolled, FeedStore, NewAlert, NewFollow } from '../feeds-port.js';
import type { LedgerStore } from '../port.js';
import { whenFree } from './busy.js';
import type { DB } from './db.js';
import * as repo from './feeds.repo.js';
import { SqliteStore } from './store.js';

/** The feed store that lives beside a ledger: `checkFollows(store, feedStoreOf(store), deliver)`. */
export function feedStoreOf(store: LedgerStore): FeedStore {
  if (store instanceof SqliteStore) return new SqliteFeedStore(store.db);
  throw new CorroborateError('usage', `feeds and follows need the SQLite ledger, not the ${store.kind} one`);
}

/**
 * The watcher's state in the ledger's own SQLite file, on the handle the SqliteStore opened:
 * `new SqliteFeedStore(sqliteStore.db)`. It does not close the handle; the SqliteStore does.
 */
export class SqliteFeedStore implements FeedStore {
  constructor(readonly db: DB) {}

  private async run<T>(what: string, fn: () => T, tx = false): Promise<T> {
    try {
      return await whenFree(() => (tx ? this.db.transaction(fn).immediate() : fn()));
    } catch (cause) {
      if (cause instanceof CorroborateError) throw cause;
      throw new CorroborateError('store_failed', `${what} failed: ${(cause as Error).message}`, { cause });
    }
  }

  async addFeed(feed: { url: string; title: string | null; intervalS: number | null; at: string }) {
    return this.run('adding a feed', () => repo.addFeed(this.db, feed));
  }

  async getFeed(key: number | string) {
    return this.run('reading a feed', () => repo.getFeed(this.db, key));
  }

  async listFeeds() {
    return this.run('listing feeds', () => repo.listFeeds(this.db));
  }

  async removeFeed(id: number) {
    return this.run('removing a feed', () => repo.removeFeed(this.db, id), true);
  }

  async dueFeeds(now: string, limit: number) {
    return this.run('reading due feeds', () => repo.dueFeeds(this.db, now, limit));
  }

  async feedPolled(id: number, polled: FeedPolled) {
    return this.run('recording a feed poll', () => repo.feedPolled(this.db, id, polled), true);
  }

  async feedFailed(id: number, failed: { at: string; nextPollAt: string; error: string }) {
    return this.run('recording a feed failure', () => repo.feedFailed(this.db, id, failed));
  }

  async pendingItems(now: string, limit: number) {
    return this.run('reading pending items', () => repo.pendingItems(this.db, now, limit));
  }

  async feedItems(feedId: number) {
    return this.run('reading feed items', () => repo.feedItems(this.db, feedId));
  }

  async articleForUrl(urls: string[]) {
    return this.run('looking up an item URL', () => repo.articleForUrl(this.db, urls));
  }

  async itemDone(
    id: number,
    done: { articleId: number; canonicalUrl: string | null; contentHash: string | null },
  ) {
    await this.run('recording an item', () => repo.itemDone(this.db, id, done));
  }

  async itemFailed(id: number, failed: { error: string; nextTryAt: string | null }) {
    await this.run('recording an item failure', () => repo.itemFailed(this.db, id, failed));
  }

  async nextDueAt() {
    return this.run('reading the schedule', () => repo.nextDueAt(this.db));
  }

  async hostNextAllowed(host: string) {
    return this.run('reading host state', () => repo.hostNextAllowed(this.db, host));
  }

  async setHostNextAllowed(host: string, at: string) {
    await this.run('writing host state', () => repo.setHostNextAllowed(this.db, host, at));
  }

  async addFollow(follow: NewFollow) {
    return this.run('adding a follow', () => repo.addFollow(this.db, follow), true);
  }

  async getFollow(id: number) {
    return this.run('reading a follow', () => repo.getFollow(this.db, id));
  }

  async listFollows() {
    return this.run('listing follows', () => repo.listFollows(this.db));
  }

  async removeFollow(id: number) {
    return this.run('removing a follow', () => repo.removeFollow(this.db, id), true);
  }

  async recordAlerts(followId: number, state: unknown, alerts: NewAlert[], at: string) {
    return this.run('recording alerts', () => repo.recordAlerts(this.db, followId, state, alerts, at), true);
  }

  async followAlerts(followId: number) {
    return this.run('reading alerts', () => repo.followAlerts(this.db, followId));
  }

  async pendingAlerts(now: string, limit: number) {
    return this.run('reading pending alerts', () => repo.pendingAlerts(this.db, now, limit));
  }

  async alertPrinted(id: number, at: string) {
    await this.run('recording an alert', () => repo.alertPrinted(this.db, id, at));
  }

  async alertDelivered(id: number, at: string) {
    await this.run('recording an alert', () => repo.alertDelivered(this.db, id, at));
  }

  async alertFailed(id: number, failed: { error: string; nextTryAt: string | null }) {
    await this.run('recording an alert failure', () => repo.alertFailed(this.db, id, failed));
  }
}
