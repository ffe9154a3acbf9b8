import { createHash } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedItem {
  guid: string;
  /** the article's path on this server, or a full URL */
  link: string;
  title: string;
  /** RFC 822 date */
  pubDate?: string;
}

export interface ServedFeed {
  title: string;
  items: ServedItem[];
  /** answers 500 to this many requests before it works again */
  failures: number;
  /** serves a web page instead of the feed (a site that replaced its feed) */
  html: boolean;
  /** a fixed body instead of one built from `items` */
  body?: string;
}

export interface NewsServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  url(path: string): string;
  feeds: Map<string, ServedFeed>;
  /** path -> HTML */
  pages: Map<string, string>;
  /** path -> how many requests for that page answer 503 before it is served */
  pageFailures: Map<string, number>;
  /** every request in order, "GET /feed/1 200" */
  log: string[];
  /** how many requests a path had */
  hits(path: string): number;
  feed(path: string, title: string, items?: ServedItem[]): ServedFeed;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function rss(title: string, items: ServedItem[], origin: string): string {
  const link = (l: string) => (/^https?:/.test(l) ? l : `${origin}${l}`);
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>${origin}/</link>
${items
  .map(
    (i) =>
      `<item><title>${esc(i.title)}</title><link>${esc(link(i.link))}</link><guid isPermaLink="false">${esc(i.guid)}</guid>${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}</item>`,
  )
  .join('\n')}
</channel></rss>`;
}

const NOT_A_FEED = `<!DOCTYPE html><html><head><title>Kabar Kota</title>
<link rel="alternate" type="application/rss+xml" href="/rss-baru.xml"></head>
<body><h1>Kabar Kota</h1><p>Situs kami sudah pindah ke alamat baru.</p></body></html>`;

/**
 * A news site on 127.0.0.1 (never another interface): feeds (RSS with ETag and 304 answers) and
 * article pages, both changeable while a test runs. robots.txt and unknown paths answer 404.
 */
export async function startNewsServer(): Promise<NewsServer> {
  const feeds = new Map<string, ServedFeed>();
  const pages = new Map<string, string>();
  const pageFailures = new Map<string, number>();
  const log: string[] = [];
  let origin = '';
  const answer = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    headers: Record<string, string> = {},
  ) => {
    log.push(`${req.method} ${req.url} ${status}`);
    res.writeHead(status, { 'content-type': type, ...headers }).end(status === 304 ? undefined : body);
  };
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const feed = feeds.get(path);
    if (feed) {
      if (feed.failures > 0) {
        feed.failures--;
        return answer(req, res, 500, 'text/plain', 'internal server error');
      }
      if (feed.html) return answer(req, res, 200, 'text/html; charset=utf-8', NOT_A_FEED);
      const body = feed.body ?? rss(feed.title, feed.items, origin);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag)
        return answer(req, res, 304, 'application/rss+xml', '', { etag });
      return answer(req, res, 200, 'application/rss+xml; charset=utf-8', body, { etag });
    }
    const html = pages.get(path);
    const fail = pageFailures.get(path) ?? 0;
    if (html !== undefined && fail > 0) {
      pageFailures.set(path, fail - 1);
      return answer(req, res, 503, 'text/plain', 'busy');
    }
    if (html !== undefined) return answer(req, res, 200, 'text/html; charset=utf-8', html);
    answer(req, res, 404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => `${origin}${p}`,
    feeds,
    pages,
    pageFailures,
    log,
    hits: (p) => log.filter((l) => l.split(' ')[1]!.split('?')[0] === p).length,
    feed(path, title, items = []) {
      const f: ServedFeed = { title, items, failures: 0, html: false };
      feeds.set(path, f);
      return f;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
