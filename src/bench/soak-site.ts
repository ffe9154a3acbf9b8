import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateArticle, type GeneratedArticle } from './generate.js';

/**
 * A news site on 127.0.0.1 for the soak (`pg-soak`): `feeds` RSS feeds that grow as articles are
 * published, and an HTML page per article. Article i is listed in feed `i % feeds`; every fifth
 * one is listed in the next feed as well (the same link, as syndicated stories are), so the
 * watcher must store it once.
 */
export interface SoakSite {
  origin: string;
  feedUrls: string[];
  /** makes the next `n` articles visible in their feeds */
  publish(n: number): void;
  /** how many articles are published */
  readonly published: number;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageOf(a: GeneratedArticle): string {
  const [title, ...paragraphs] = a.text.split(/\n\n+/);
  return `<!DOCTYPE html><html lang="${a.language}"><head><meta charset="utf-8"><title>${esc(title!)}</title>
<meta property="article:published_time" content="${a.published}"></head>
<body><article><h1>${esc(title!)}</h1>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article></body></html>`;
}

export async function startSoakSite(opts: { feeds: number; seed: number }): Promise<SoakSite> {
  let published = 0;
  const feedsOf = (i: number) => (i % 5 === 4 ? [i % opts.feeds, (i + 1) % opts.feeds] : [i % opts.feeds]);
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const feed = /^\/feed\/(\d+)\.xml$/.exec(path);
    const article = /^\/a\/(\d+)$/.exec(path);
    if (feed) {
      const f = Number(feed[1]);
      const items: string[] = [];
      for (let i = published - 1; i >= 0; i--)
        if (feedsOf(i).includes(f))
          items.push(
            `<item><guid>a-${i}</guid><link>${origin}/a/${i}</link><title>${esc(generateArticle(i, opts.seed).title)}</title></item>`,
          );
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Soak ${f}</title><link>${origin}/</link>${items.join('')}</channel></rss>`,
      );
    } else if (article && Number(article[1]) < published) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pageOf(generateArticle(Number(article[1]), opts.seed)));
    } else if (path === '/robots.txt') {
      res.writeHead(404).end();
    } else res.writeHead(404).end('not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    feedUrls: Array.from({ length: opts.feeds }, (_, f) => `${origin}/feed/${f}.xml`),
    publish: (n) => void (published += n),
    get published() {
      return published;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
