/**
 * @module One article from a URL: fetched safely (fetch.ts), decoded (charset.ts) and read
 * (html.ts). Private addresses are refused unless `allowPrivate`; robots.txt is respected
 * unless `robots: "ignore"`.
 */
import { CorroborateError } from '../domain/errors.js';
import { decodeDocument } from './charset.js';
import { sniffBinary } from './decode.js';
import { sameSite } from './site.js';
import { fetchResource } from './fetch.js';
import { looksLikeHtml, textArticle, type RawArticle } from './file.js';
import { htmlToArticle, type HtmlArticle } from './html.js';
import type { FetchLimits } from './http/limits.js';
import type { RobotsCache } from './robots-cache.js';

export interface FetchOptions {
  allowPrivate: boolean;
  maxBytes: number;
  /** the whole fetch, redirects and body included (default 30 s) */
  timeoutMs?: number;
  /** "respect" (default) or "ignore" robots.txt; see src/sources/README.md for when to ignore */
  robots?: 'respect' | 'ignore';
  /** exact addresses allowed although private (an intranet mirror) */
  allowedAddresses?: readonly string[];
  /** finer limits: connect, first byte, idle, redirects */
  limits?: Partial<FetchLimits>;
  robotsCache?: RobotsCache;
}

export interface FetchedArticle extends HtmlArticle {
  /** where the page came from after redirects; `url` is the same (the article's identity) */
  fetchedUrl: string;
  /** the encoding the page was read as */
  charset: string;
}

/** Fetches and reads one article. Errors are CorroborateErrors with fetch_* or input_* codes. */
export async function fetchArticle(url: string, opts: FetchOptions): Promise<FetchedArticle> {
  const out = await fetchResource(url, {
    kind: 'article',
    allowPrivate: opts.allowPrivate,
    allowedAddresses: opts.allowedAddresses ?? [],
    limits: {
      ...opts.limits,
      maxBytes: opts.maxBytes,
      ...(opts.timeoutMs ? { totalMs: opts.timeoutMs } : {}),
    },
    robots: opts.robots ?? 'respect',
    ...(opts.robotsCache ? { robotsCache: opts.robotsCache } : {}),
  });
  if (out.notModified)
    throw new CorroborateError('fetch_failed', `could not fetch ${url}: unexpected 304 Not Modified`);
  const where = out.url;
  if (out.bytes.length === 0) throw new CorroborateError('input_empty', `${where} is empty`);
  const binary = sniffBinary(out.bytes, out.contentType?.charset);
  const served = out.contentType ? ` (the server said ${out.contentType.mime})` : '';
  if (binary)
    throw new CorroborateError('input_binary', `${where} is not text: it looks like ${binary}${served}`);
  const mime = out.contentType?.mime ?? null;
  const markup = mime === 'text/plain' ? 'text' : 'html';
  const decoded = decodeDocument(out.bytes, out.contentType?.charset ?? null, markup, where);
  const isHtml =
    markup === 'html' ? mime !== null || looksLikeHtml(decoded.text) : looksLikeHtml(decoded.text);
  const article: HtmlArticle = isHtml
    ? htmlToArticle(decoded.text, where)
    : { ...plain(decoded.text), url: where, authors: [], description: null, warnings: [] };
  if (!/\S/.test(article.text))
    throw new CorroborateError(
      'input_empty',
      `found no article text at ${where} (a page that builds its text with JavaScript cannot be read)`,
    );
  // The page's own word on its URL and outlet is a claim any page can make: a canonical on
  // another site would file this page under that site's article (and the real one, arriving
  // later, would be skipped as already there). Identity is where we fetched it from.
  const hint = article.url && article.url !== where && sameSite(article.url, where) ? article.url : null;
  return {
    ...article,
    url: where,
    canonicalUrl: hint,
    warnings: [...decoded.warnings, ...article.warnings],
    fetchedUrl: where,
    charset: decoded.charset,
  };
}

const plain = (text: string): RawArticle => textArticle(text.replace(/\r\n?/g, '\n').trim(), null);
