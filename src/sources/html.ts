/**
 * @module HTML page to article: the body text by Readability (one paragraph per line, page
 * furniture dropped) and the metadata by JSON-LD, OpenGraph and <meta>. Scripts never run.
 */
import { Readability } from '@mozilla/readability';
import { deeperThan, parseDocument, squash, type DomDocument, type DomNode } from './dom.js';
import type { RawArticle } from './file.js';
import { cleanDocument, removeJunk } from './html-clean.js';
import { flattenDeepNesting } from './html-depth.js';
import { blockLines, dropBoilerplate } from './html-text.js';
import { readMetadata, type PageMetadata } from './metadata.js';
import { toIsoDate, toLanguage } from './normalise.js';

export interface HtmlArticle extends RawArticle {
  authors: string[];
  description: string | null;
  /** what could not be read as expected, for the user */
  warnings: string[];
}

interface Body {
  lines: string[];
  title: string | null;
  siteName: string | null;
  published: string | null;
  lang: string | null;
}

// Past this many elements a page is read without Readability, whose time grows with size.
const MAX_ELEMENTS = 60_000;
// Real pages nest a few dozen elements deep. Readability takes time that grows steeply with
// depth (a 300-deep chain of <div>s: 0.7 s), so a page nested deeper is read without it.
const MAX_DEPTH = 120;
// Tags nested deeper than this are dropped before parsing (see html-depth.ts).
const MAX_PARSE_DEPTH = 250;

function readabilityBody(doc: DomDocument): Body | null {
  const parsed = new Readability<DomNode>(doc as never, {
    serializer: (node) => node as unknown as DomNode,
  }).parse();
  if (!parsed?.content) return null;
  return {
    lines: blockLines(parsed.content),
    title: parsed.title ? squash(parsed.title) : null,
    siteName: parsed.siteName ?? null,
    published: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
  };
}

/** Without Readability: the lines of the most article-like element of the page. */
function fallbackBody(doc: DomDocument): Body {
  const root =
    doc.querySelector('[itemprop="articleBody"]') ??
    doc.querySelector('article') ??
    doc.querySelector('main') ??
    doc.body;
  return { lines: root ? blockLines(root) : [], title: null, siteName: null, published: null, lang: null };
}

function readBody(html: string, doc: DomDocument, warnings: string[]): Body {
  if (doc.documentElement && deeperThan(doc.documentElement, MAX_DEPTH)) {
    warnings.push(
      `the page nests elements more than ${MAX_DEPTH} deep; read it without isolating the article`,
    );
    removeJunk(doc);
    return fallbackBody(doc);
  }
  cleanDocument(doc);
  if (doc.querySelectorAll('*').length > MAX_ELEMENTS) {
    warnings.push(`the page has more than ${MAX_ELEMENTS} elements; read it without isolating the article`);
    return fallbackBody(doc);
  }
  try {
    const body = readabilityBody(doc);
    if (body && body.lines.length) return body;
  } catch (e) {
    warnings.push(
      `could not isolate the article on this page (${(e as Error).message}); read the whole page`,
    );
  }
  // Readability changes the document as it works, so the fallback starts from the source again
  const fresh = parseDocument(html);
  cleanDocument(fresh);
  return fallbackBody(fresh);
}

/** JSON-LD articleBody for pages that render their text with script, when it holds more. */
function articleBodyLines(meta: PageMetadata, lines: string[]): string[] | null {
  if (!meta.articleBody) return null;
  const ld = meta.articleBody.split(/\n+/).map(squash).filter(Boolean);
  return ld.join(' ').length > 2 * lines.join(' ').length ? ld : null;
}

/** Reads an article out of an HTML page; `url` is where it came from (null for a file). */
export function htmlToArticle(source: string, url: string | null): HtmlArticle {
  const warnings: string[] = [];
  const { html, flattened } = flattenDeepNesting(source, MAX_PARSE_DEPTH);
  if (flattened)
    warnings.push(`the page nests elements more than ${MAX_PARSE_DEPTH} deep; ignored the deeper tags`);
  const doc = parseDocument(html);
  const meta = readMetadata(doc, url);
  const body = readBody(html, doc, warnings);
  let lines = body.lines;
  const fromLd = articleBodyLines(meta, lines);
  if (fromLd) {
    lines = fromLd;
    warnings.push('the page body holds little text; read the article from its JSON-LD articleBody');
  }
  const title = meta.title ?? body.title;
  return {
    text: dropBoilerplate(lines, title).join('\n'),
    path: null,
    url: meta.url ?? url,
    title,
    outlet: meta.outlet ?? body.siteName,
    published: meta.published ?? toIsoDate(body.published),
    language: meta.language ?? toLanguage(body.lang),
    format: 'html',
    authors: meta.authors,
    description: meta.description,
    warnings,
  };
}
