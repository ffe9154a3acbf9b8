import type { ErrorCode } from '../domain/errors.js';

export interface FeedItem {
  /** the item's GUID / Atom id / JSON Feed id; else its URL; else "title:" and its title */
  guid: string;
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  /** the full timestamp, ISO 8601 in UTC, for ordering */
  publishedAt: string | null;
  /** plain text, at most 1,000 characters */
  summary: string | null;
}

export interface Feed {
  format: 'rss' | 'atom' | 'json';
  title: string | null;
  /** the site the feed belongs to */
  link: string | null;
  items: FeedItem[];
  /** items capped, duplicates dropped, a truncated body ... */
  warnings: string[];
}

export interface FeedParseOptions {
  /** where the feed came from: names it in messages and resolves relative links */
  url?: string | null;
  /** items kept, in feed order (default 500) */
  maxItems?: number;
}

// News feeds carry 10 to 100 items. feed-parser's item.url re-reads the feed's own URL on each
// call, so reading n items takes time growing with n squared: 1,000 items take ~0.3 s.
export const DEFAULT_MAX_ITEMS = 500;

// The error code for "this is not a feed" (a web page, broken XML, an OPML file that is not one).
export const FEED_INVALID: ErrorCode = 'feed_invalid';
