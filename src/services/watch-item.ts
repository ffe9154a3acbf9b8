import { isCorroborateError, type ErrorCode } from '../domain/errors.js';
import { contentHash } from '../ledger/minhash.js';
import type { RawArticle } from '../sources/file.js';
import type { FetchOptions } from '../sources/url.js';
import { fetchArticle } from '../sources/url.js';
import type { FeedItemRecord, FeedStore } from '../store/feeds-port.js';
import type { AddResult, Ledger } from './ledger.js';

/** What taking one item needs from the watcher. */
export interface ItemContext {
  ledger: Ledger;
  /** how an article goes in: `ledger.add`, or queued for the workers on a PostgreSQL ledger */
  add: (raw: RawArticle) => Promise<AddResult>;
  feeds: FeedStore;
  fetch: FetchOptions;
  /** waits for the host's turn; false when the watcher was stopped meanwhile */
  polite(url: string): Promise<boolean>;
  /** the next try after `attempts` failures, or null to give up */
  retryAt(attempts: number, code: ErrorCode | null): string | null;
  /** the feed's title: the outlet, whatever the page says of itself */
  feedTitle(feedId: number): Promise<string | null>;
}

export type ItemOutcome =
  | { kind: 'added' | 'same'; result: AddResult }
  | { kind: 'duplicate'; articleId: number }
  | { kind: 'failed'; error: string; gaveUp: boolean }
  | { kind: 'stopped' };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Fetches an item's article and adds it to the ledger, unless an item of any feed with the same
 * URL or canonical URL is already there. Ledger.add is one transaction and refuses the same text
 * or URL twice, so a watcher stopped between the add and `itemDone` finds the article again on
 * the next try instead of storing it twice.
 */
export async function takeItem(ctx: ItemContext, item: FeedItemRecord): Promise<ItemOutcome> {
  const url = item.url!;
  const known =
    (await ctx.feeds.articleForUrl([url])) ?? (await ctx.ledger.store.findArticle({ url }))?.id ?? null;
  if (known !== null) {
    await ctx.feeds.itemDone(item.id, { articleId: known, canonicalUrl: null, contentHash: null });
    return { kind: 'duplicate', articleId: known };
  }
  if (!(await ctx.polite(url))) return { kind: 'stopped' };
  try {
    const page = await fetchArticle(url, ctx.fetch);
    // a canonical URL on the page's own site (a hint: fetchArticle drops one on another site)
    const canonical = page.canonicalUrl ?? page.fetchedUrl;
    const also = canonical === url ? null : await ctx.feeds.articleForUrl([canonical, page.fetchedUrl]);
    if (also !== null) {
      await ctx.feeds.itemDone(item.id, { articleId: also, canonicalUrl: canonical, contentHash: null });
      return { kind: 'duplicate', articleId: also };
    }
    const raw: RawArticle = {
      text: page.text,
      path: null,
      url: page.fetchedUrl,
      canonicalUrl: page.canonicalUrl ?? null,
      title: page.title ?? item.title,
      // a page may call itself any outlet (og:site_name); the feed the user subscribed to says
      // which outlet it is
      outlet: (await ctx.feedTitle(item.feedId)) ?? page.outlet,
      published: page.published ?? item.published,
      language: page.language,
      format: page.format,
      warnings: page.warnings,
    };
    const result = await ctx.add(raw);
    await ctx.feeds.itemDone(item.id, {
      articleId: result.id,
      canonicalUrl: canonical,
      contentHash: contentHash(raw.text),
    });
    return { kind: result.created ? 'added' : 'same', result };
  } catch (e) {
    // a bug met on one odd page must not stop the service: the item is failed and retried
    const code = isCorroborateError(e) ? e.code : null;
    const next = ctx.retryAt(item.attempts + 1, code);
    const error = message(e);
    await ctx.feeds.itemFailed(item.id, { error, nextTryAt: next });
    return { kind: 'failed', error, gaveUp: next === null };
  }
}
