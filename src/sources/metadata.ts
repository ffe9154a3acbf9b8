import { attribute, squash, type DomDocument, type DomElement } from './dom.js';
import { readJsonLd, type JsonLdArticle } from './json-ld.js';
import { toIsoDate, toLanguage } from './normalise.js';

export interface PageMetadata {
  title: string | null;
  /** the site's name: og:site_name, else the JSON-LD publisher */
  outlet: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  /** ISO 639-1 */
  language: string | null;
  /** the canonical URL, absolute, when the page names one */
  url: string | null;
  authors: string[];
  description: string | null;
  /** JSON-LD articleBody, for pages whose body is rendered by script */
  articleBody: string | null;
}

// <meta name="..."> keys that hold a publication date, best first
const DATE_KEYS = [
  'article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'og:published_time',
];

/** <meta> content by lower-cased property / name / itemprop / http-equiv; the first one wins. */
function metaMap(doc: DomDocument): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of doc.querySelectorAll('meta')) {
    const content = squash(attribute(m, 'content') ?? '');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = attribute(m, attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

function jsonLdOf(doc: DomDocument): JsonLdArticle | null {
  const scripts = [...doc.querySelectorAll('script')]
    .filter((s) => s.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')
    .map((s) => s.textContent ?? '');
  return scripts.length ? readJsonLd(scripts) : null;
}

function linkHref(doc: DomDocument, rel: string): string | null {
  for (const l of doc.querySelectorAll('link[rel][href]'))
    if (l.getAttribute('rel')!.toLowerCase().split(/\s+/).includes(rel)) return l.getAttribute('href');
  return null;
}

function timeDatetime(doc: DomDocument): string | null {
  const el: DomElement | null =
    doc.querySelector('time[itemprop="datePublished"][datetime]') ??
    doc.querySelector('time[pubdate][datetime]') ??
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[datetime]');
  return el?.getAttribute('datetime') ?? null;
}

/** An absolute http(s) URL from `href`, resolved against the page's URL; null otherwise. */
function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Canonical URL, skipping the common misconfiguration of every page naming the home page. */
function canonicalUrl(candidates: Array<string | null>, pageUrl: string | null): string | null {
  for (const c of candidates) {
    if (!c) continue;
    const isRoot = new URL(c).pathname === '/';
    if (isRoot && pageUrl && new URL(pageUrl).pathname !== '/') continue;
    return c;
  }
  return null;
}

/** "Headline | Outlet" or "Headline - Outlet" to "Headline" when we know the outlet. */
function stripOutlet(title: string | null, outlet: string | null): string | null {
  if (!title || !outlet) return title;
  const m = new RegExp(`^(.+?)\\s*[|\\-–—:·]\\s*${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i').exec(
    title,
  );
  return m ? m[1]! : title;
}

/**
 * Reads title, outlet, date, language and canonical URL from JSON-LD, OpenGraph, <meta> tags,
 * <html lang>, <time datetime> and <link rel=canonical>, in that order of trust.
 */
export function readMetadata(doc: DomDocument, pageUrl: string | null): PageMetadata {
  const meta = metaMap(doc);
  const ld = jsonLdOf(doc);
  const outlet = meta.get('og:site_name') ?? ld?.publisher ?? meta.get('application-name') ?? null;
  const rawTitle =
    ld?.headline ?? meta.get('og:title') ?? meta.get('twitter:title') ?? (squash(doc.title) || null);
  const dateText = [ld?.datePublished, ...DATE_KEYS.map((k) => meta.get(k)), timeDatetime(doc)];
  const published = dateText.map((d) => toIsoDate(d)).find((d) => d) ?? null;
  const languageText = [
    ld?.inLanguage,
    doc.documentElement && attribute(doc.documentElement, 'lang'),
    meta.get('content-language'),
    meta.get('language'),
    meta.get('og:locale'),
  ];
  const url = canonicalUrl(
    [linkHref(doc, 'canonical'), meta.get('og:url'), ld?.url].map((u) => absolute(u, pageUrl)),
    pageUrl,
  );
  const author = meta.get('author') ?? meta.get('article:author');
  return {
    title: stripOutlet(rawTitle, outlet),
    outlet,
    published,
    language: languageText.map(toLanguage).find((l) => l) ?? null,
    url,
    authors: ld?.authors.length ? ld.authors : author && !/^https?:/.test(author) ? [author] : [],
    description: ld?.description ?? meta.get('description') ?? meta.get('og:description') ?? null,
    articleBody: ld?.articleBody ?? null,
  };
}
