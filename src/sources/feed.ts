/**
 * @module Feeds to items: RSS and Atom (via @rowanmanning/feed-parser) and JSON Feed, with
 * items capped, GUIDs de-duplicated, and a clear error for a web page given as a feed.
 */
import { CorroborateError } from '../domain/errors.js';
import { parseDocument } from './dom.js';
import { absoluteHttp } from './feed-items.js';
import { readJsonFeed } from './feed-json.js';
import { FEED_INVALID, type Feed, type FeedParseOptions } from './feed-types.js';
import { readXmlFeed } from './feed-xml.js';

export type { Feed, FeedItem, FeedParseOptions } from './feed-types.js';

const FEED_TYPES = /rss|atom|feed\+json|rdf/i;

/** The start of a document without BOM, XML declaration, comments and leading space. */
function prologue(text: string): string {
  return text
    .slice(0, 4096)
    .replace(/^\ufeff/, '')
    .replace(/^\s*(<\?xml[^>]*>|<!--[\s\S]*?-->|\s+)*/i, '');
}

const isHtmlPage = (head: string): boolean => /^(<!doctype html|<html[\s>])/i.test(head);

/** "http://x/ is a web page, not a feed ...; the page names its feed at http://x/rss". */
function webPageError(text: string, url: string | null): CorroborateError {
  const doc = parseDocument(text.slice(0, 512 * 1024));
  const feeds = [...doc.querySelectorAll('link[rel][href]')]
    .filter(
      (l) => /\balternate\b/i.test(l.getAttribute('rel')!) && FEED_TYPES.test(l.getAttribute('type') ?? ''),
    )
    .map((l) => absoluteHttp(l.getAttribute('href'), url))
    .filter((u): u is string => !!u);
  const hint = feeds.length
    ? `; the page names its feed at ${[...new Set(feeds)].slice(0, 3).join(', ')}`
    : '; give the address of the site’s feed instead';
  return new CorroborateError(
    FEED_INVALID,
    `${url ?? 'the feed'} is a web page, not a feed (RSS, Atom or JSON Feed)${hint}`,
  );
}

/** Parses a feed's text; throws FEED_INVALID with a reason when it is not one. */
export function parseFeed(text: string, opts: FeedParseOptions = {}): Feed {
  const head = prologue(text);
  if (!head) throw new CorroborateError('input_empty', `${opts.url ?? 'the feed'} is empty`);
  if (head.startsWith('{') || head.startsWith('[')) return readJsonFeed(text, opts);
  if (isHtmlPage(head)) throw webPageError(text, opts.url ?? null);
  return readXmlFeed(text, opts);
}
