import { plainText, squash } from './dom.js';
import type { FeedItem } from './feed-types.js';
import { toIsoDate } from './normalise.js';

/** An item as a parser gives it, before cleaning. */
export interface RawItem {
  id: string | null;
  url: string | null;
  title: string | null;
  /** a Date from the XML parser, or the text of a JSON Feed date */
  published: Date | string | null;
  /** HTML or text */
  summary: string | null;
}

const MAX_SUMMARY = 1000;

export function absoluteHttp(
  href: string | null | undefined,
  base: string | null | undefined,
): string | null {
  if (!href?.trim()) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function dates(value: Date | string | null): Pick<FeedItem, 'published' | 'publishedAt'> {
  if (value === null) return { published: null, publishedAt: null };
  const d = value instanceof Date ? value : new Date(value);
  const at = Number.isNaN(d.getTime()) ? null : d.toISOString();
  // a JSON Feed date keeps the day it states; a parsed XML date is already in UTC
  const published = typeof value === 'string' ? toIsoDate(value) : (at?.slice(0, 10) ?? null);
  return { published, publishedAt: at };
}

const clip = (s: string): string => (s.length > MAX_SUMMARY ? `${s.slice(0, MAX_SUMMARY - 1)}…` : s);

/**
 * Cleans items (plain-text titles and summaries, absolute http(s) URLs) and drops items that
 * repeat a GUID already seen, keeping the first; says how many went in `warnings`.
 */
export function finishItems(raw: RawItem[], base: string | null, warnings: string[]): FeedItem[] {
  const seen = new Set<string>();
  const out: FeedItem[] = [];
  let repeated = 0;
  let anonymous = 0;
  for (const r of raw) {
    const url = absoluteHttp(r.url, base);
    const title = r.title ? plainText(r.title) || null : null;
    const guid = squash(r.id ?? '') || url || (title ? `title:${title}` : '');
    if (!guid) {
      anonymous++;
      continue;
    }
    if (seen.has(guid)) {
      repeated++;
      continue;
    }
    seen.add(guid);
    const summary = r.summary ? clip(plainText(r.summary)) || null : null;
    out.push({ guid, url, title, ...dates(r.published), summary });
  }
  if (repeated) warnings.push(`${repeated} item(s) repeated a GUID already seen; kept the first of each`);
  if (anonymous) warnings.push(`${anonymous} item(s) had no id, link or title; skipped them`);
  return out;
}
