import { CorroborateError } from '../domain/errors.js';
import { decodeText, readFileBytes } from '../sources/file.js';
import { parseOpml } from '../sources/opml.js';
import type { FeedListing, FeedRecord, FeedStore } from '../store/feeds-port.js';

export interface AddedFeed {
  url: string;
  id: number;
  created: boolean;
  /** the OPML file it came from, if any */
  from: string | null;
}

/** "HTTP://Example.com/rss#top" is "http://example.com/rss": one spelling per feed. */
export function normaliseFeedUrl(text: string): string {
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    throw new CorroborateError('usage', `not a feed URL or an OPML file: ${text}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new CorroborateError('usage', `unsupported URL scheme in ${text} (http and https only)`);
  u.hash = '';
  return u.href;
}

/** Reads an OPML subscription list from a file: its feed URLs and what was odd about it. */
export async function readOpmlFile(path: string): Promise<{
  feeds: Array<{ url: string; title: string | null }>;
  warnings: string[];
}> {
  try {
    return parseOpml(decodeText(await readFileBytes(path, 16 * 1024 * 1024), path));
  } catch (e) {
    if (!(e instanceof CorroborateError)) throw e;
    if (e.code === 'input_not_found')
      throw new CorroborateError(
        e.code,
        `${e.message} (a feed URL starts with http:// or https://; a file is read as OPML)`,
        { cause: e },
      );
    throw new CorroborateError(e.code, e.message.startsWith(path) ? e.message : `${path}: ${e.message}`, {
      cause: e,
    });
  }
}

/**
 * Adds feeds by URL, and every feed of the OPML files named; a feed already there is left as it
 * is. New feeds are due at once. Nothing is fetched here: the watcher reports what fails.
 */
export async function addFeeds(
  feeds: FeedStore,
  targets: string[],
  opts: { at: string; intervalS?: number | null },
): Promise<{ feeds: AddedFeed[]; warnings: string[] }> {
  const out: AddedFeed[] = [];
  const warnings: string[] = [];
  const add = async (url: string, title: string | null, from: string | null) => {
    const r = await feeds.addFeed({ url, title, intervalS: opts.intervalS ?? null, at: opts.at });
    out.push({ url, id: r.feed.id, created: r.created, from });
  };
  for (const t of targets) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) {
      await add(normaliseFeedUrl(t), null, null);
      continue;
    }
    const list = await readOpmlFile(t);
    warnings.push(...list.warnings.map((w) => `${t}: ${w}`));
    if (!list.feeds.length) warnings.push(`${t}: the list names no feeds`);
    for (const f of list.feeds) await add(normaliseFeedUrl(f.url), f.title, t);
  }
  return { feeds: out, warnings };
}

export async function listFeeds(feeds: FeedStore): Promise<FeedListing[]> {
  return feeds.listFeeds();
}

/** Removes a feed named by id or URL; its articles stay in the ledger. */
export async function removeFeed(feeds: FeedStore, key: string): Promise<FeedRecord> {
  const feed = /^\d+$/.test(key)
    ? await feeds.getFeed(Number(key))
    : await feeds.getFeed(normaliseFeedUrl(key));
  if (!feed) throw new CorroborateError('not_found', `no feed ${key} (see \`corroborate feeds list\`)`);
  await feeds.removeFeed(feed.id);
  return feed;
}
