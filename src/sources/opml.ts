import { CorroborateError } from '../domain/errors.js';
import { attribute, parseDocument, squash } from './dom.js';
import { absoluteHttp } from './feed-items.js';
import { FEED_INVALID } from './feed-types.js';

export interface OpmlFeed {
  url: string;
  title: string | null;
}

export interface OpmlImport {
  feeds: OpmlFeed[];
  warnings: string[];
}

export const DEFAULT_MAX_FEEDS = 10_000;

/**
 * The feed URLs of an OPML subscription list (`<outline xmlUrl="...">`, at any depth), in
 * order, each once; http(s) only. `base` resolves relative URLs.
 */
export function parseOpml(text: string, opts: { base?: string | null; maxFeeds?: number } = {}): OpmlImport {
  if (!/<opml[\s>]/i.test(text.slice(0, 4096)))
    throw new CorroborateError(FEED_INVALID, 'not an OPML file (it has no <opml> element near the start)');
  const max = opts.maxFeeds ?? DEFAULT_MAX_FEEDS;
  // parsed as HTML: forgiving, and decodes entities in attributes (linkedom's XML mode does not)
  const doc = parseDocument(text);
  const seen = new Set<string>();
  const feeds: OpmlFeed[] = [];
  let skipped = 0;
  let over = 0;
  for (const o of doc.querySelectorAll('outline')) {
    const href = attribute(o, 'xmlUrl');
    if (href === null) continue;
    const url = absoluteHttp(href, opts.base);
    if (!url) {
      skipped++;
      continue;
    }
    if (seen.has(url)) continue;
    if (feeds.length >= max) {
      over++;
      continue;
    }
    seen.add(url);
    feeds.push({ url, title: squash(attribute(o, 'title') ?? attribute(o, 'text') ?? '') || null });
  }
  const warnings: string[] = [];
  if (skipped) warnings.push(`${skipped} outline(s) had a feed URL that is not http(s); skipped them`);
  if (over) warnings.push(`the list has more than ${max} feeds; read the first ${max}`);
  return { feeds, warnings };
}
