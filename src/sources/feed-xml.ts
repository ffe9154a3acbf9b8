import { parseFeed as parseXml } from '@rowanmanning/feed-parser';
import { CorroborateError } from '../domain/errors.js';
import { capXmlItems, stripDoctype } from './feed-cap.js';
import { absoluteHttp, finishItems, type RawItem } from './feed-items.js';
import { DEFAULT_MAX_ITEMS, FEED_INVALID, type Feed, type FeedParseOptions } from './feed-types.js';

/** RSS 0.9x/1.0/2.0 or Atom, through @rowanmanning/feed-parser, capped before parsing. */
export function readXmlFeed(xml: string, opts: FeedParseOptions): Feed {
  const what = opts.url ?? 'the feed';
  const max = opts.maxItems ?? DEFAULT_MAX_ITEMS;
  const capped = capXmlItems(stripDoctype(xml), max);
  let feed: ReturnType<typeof parseXml>;
  try {
    feed = parseXml(capped.xml);
  } catch (e) {
    throw new CorroborateError(
      FEED_INVALID,
      `${what} is not a feed (RSS, Atom or JSON Feed): ${(e as Error).message}`,
      {
        cause: e,
      },
    );
  }
  const warnings: string[] = [];
  if (capped.cut === 'items') warnings.push(`${what} has ${capped.items} items; read the first ${max}`);
  if (capped.cut === 'truncated')
    warnings.push(`${what} ends early; read the ${capped.items} complete item(s)`);
  const base = feed.url ?? opts.url ?? null;
  // `feed.items` builds new objects on every access: read it once
  const raw: RawItem[] = feed.items.map((it) => ({
    id: it.id,
    url: it.url,
    title: it.title,
    published: it.published ?? it.updated,
    summary: it.description ?? it.content,
  }));
  return {
    format: feed.meta.type === 'atom' ? 'atom' : 'rss',
    title: feed.title,
    link: absoluteHttp(feed.url, opts.url),
    items: finishItems(raw, base, warnings),
    warnings,
  };
}
