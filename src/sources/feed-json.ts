import { z } from 'zod';
import { CorroborateError } from '../domain/errors.js';
import { absoluteHttp, finishItems, type RawItem } from './feed-items.js';
import { DEFAULT_MAX_ITEMS, FEED_INVALID, type Feed, type FeedParseOptions } from './feed-types.js';

const opt = z.string().optional().catch(undefined);

// JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1): strict on the shape, forgiving on
// fields, so one odd item does not lose the feed.
const JsonFeed = z.object({
  version: z.string().regex(/jsonfeed\.org\/version\//),
  title: opt,
  home_page_url: opt,
  items: z.array(z.unknown()),
});

const JsonItem = z.object({
  id: z.union([z.string(), z.number()]).optional().catch(undefined),
  url: opt,
  external_url: opt,
  title: opt,
  summary: opt,
  content_text: opt,
  content_html: opt,
  date_published: opt,
});

export function readJsonFeed(text: string, opts: FeedParseOptions): Feed {
  const what = opts.url ?? 'the feed';
  const max = opts.maxItems ?? DEFAULT_MAX_ITEMS;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CorroborateError(FEED_INVALID, `${what} is not valid JSON (${(e as Error).message})`);
  }
  const feed = JsonFeed.safeParse(data);
  if (!feed.success)
    throw new CorroborateError(
      FEED_INVALID,
      `${what} is JSON but not a JSON Feed (it needs "version" and "items")`,
    );
  const warnings: string[] = [];
  const all = feed.data.items;
  if (all.length > max) warnings.push(`${what} has ${all.length} items; read the first ${max}`);
  const raw: RawItem[] = [];
  let invalid = 0;
  for (const value of all.slice(0, max)) {
    const item = JsonItem.safeParse(value);
    if (!item.success) {
      invalid++;
      continue;
    }
    const i = item.data;
    raw.push({
      id: i.id === undefined ? null : String(i.id),
      url: i.url ?? i.external_url ?? null,
      title: i.title ?? null,
      published: i.date_published ?? null,
      summary: i.summary ?? i.content_text ?? i.content_html ?? null,
    });
  }
  if (invalid) warnings.push(`${invalid} item(s) are not JSON Feed items; skipped them`);
  return {
    format: 'json',
    title: feed.data.title ?? null,
    link: absoluteHttp(feed.data.home_page_url, opts.url),
    items: finishItems(raw, opts.url ?? null, warnings),
    warnings,
  };
}
