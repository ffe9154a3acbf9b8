import { squash } from './dom.js';

/** What a page's JSON-LD says about its article (schema.org NewsArticle and kin). */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  inLanguage: string | null;
  url: string | null;
  description: string | null;
  /** the full text some sites put here; used when the page body holds none (rendered by script) */
  articleBody: string | null;
}

type Node = Record<string, unknown>;

// Best first: a NewsArticle beats a generic Article, which beats a blog post.
const TYPE_RANK = [
  [
    'NewsArticle',
    'ReportageNewsArticle',
    'AnalysisNewsArticle',
    'OpinionNewsArticle',
    'BackgroundNewsArticle',
  ],
  ['Article', 'Report', 'ReviewNewsArticle'],
  ['BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting'],
];
const MAX_NODES = 2000;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** JSON.parse that forgives raw line breaks inside strings, a common fault in CMS output. */
function parseLoose(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // raw control characters are exactly what breaks such JSON
      // eslint-disable-next-line no-control-regex
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

/** Every object in the scripts, @graph members and nested values included (bounded). */
function collectNodes(scripts: string[]): Node[] {
  const out: Node[] = [];
  const queue: unknown[] = scripts.filter((s) => s.length < 2_000_000).map(parseLoose);
  while (queue.length && out.length < MAX_NODES) {
    const v = queue.shift();
    if (Array.isArray(v)) queue.push(...v);
    else if (isNode(v)) {
      out.push(v);
      if (v['@graph']) queue.push(v['@graph']);
    }
  }
  return out;
}

function rank(node: Node): number {
  const types = asArray(node['@type']).filter((t): t is string => typeof t === 'string');
  const i = TYPE_RANK.findIndex((group) => types.some((t) => group.includes(t)));
  return i < 0 ? Infinity : i;
}

/** A string, the first string of an array, or the name/@id-resolved name of an object. */
function text(v: unknown, ids: Map<string, Node>, key = 'name'): string | null {
  for (const item of asArray(v)) {
    if (typeof item === 'string' && squash(item)) return squash(item);
    if (typeof item === 'number') return String(item);
    if (isNode(item)) {
      const node = typeof item['@id'] === 'string' && !item[key] ? (ids.get(item['@id']) ?? item) : item;
      const value = node[key];
      if (typeof value === 'string' && squash(value)) return squash(value);
    }
  }
  return null;
}

function names(v: unknown, ids: Map<string, Node>): string[] {
  const out = asArray(v)
    .map((a) => text(a, ids))
    .filter((n): n is string => !!n);
  return [...new Set(out)];
}

/** Reads the best article object from the text of `<script type="application/ld+json">` blocks. */
export function readJsonLd(scripts: string[]): JsonLdArticle | null {
  const nodes = collectNodes(scripts);
  const ids = new Map(nodes.flatMap((n) => (typeof n['@id'] === 'string' ? [[n['@id'], n] as const] : [])));
  const article = nodes.filter((n) => rank(n) < Infinity).sort((a, b) => rank(a) - rank(b))[0];
  if (!article) return null;
  const language = article.inLanguage;
  return {
    headline: text(article.headline, ids) ?? text(article.name, ids),
    datePublished: text(article.datePublished, ids) ?? text(article.dateCreated, ids),
    authors: names(article.author, ids),
    publisher: text(article.publisher, ids),
    inLanguage: text(language, ids, 'alternateName') ?? text(language, ids),
    url:
      text(article.url, ids) ??
      text(article.mainEntityOfPage, ids, '@id') ??
      text(article.mainEntityOfPage, ids, 'url'),
    description: text(article.description, ids),
    articleBody: typeof article.articleBody === 'string' ? article.articleBody : null,
  };
}
