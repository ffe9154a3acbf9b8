import { afterEach, describe, expect, it } from 'vitest';
import { RobotsCache } from '../sources/robots-cache.js';
import { addFeeds } from './feeds.js';
import { newsArticle } from './test-support/articles.js';
import { fakeClock, openTestLedger, type TestLedger } from './test-support/ledger.js';
import { startNewsServer, type NewsServer } from './test-support/news-server.js';
import { Watcher } from './watch.js';
import { iso } from './watch-schedule.js';

let site: NewsServer | undefined;
let t: TestLedger | undefined;
afterEach(async () => {
  await t?.close();
  await site?.close();
});

describe('a hostile page that names another site as its canonical URL and outlet', () => {
  it('is stored under the URL it came from and its feed, and the real article still gets in', async () => {
    const s = (site = await startNewsServer());
    // the real outlet's article lives on another site ("localhost" and 127.0.0.1 are two sites)
    const realUrl = `${s.origin.replace('127.0.0.1', 'localhost')}/news/real.html`;
    const real = newsArticle(0, 0);
    s.pages.set('/news/real.html', real.html);
    // the copycat: its own words, but its head says it is the real outlet's article
    const copy = newsArticle(2, 1);
    const claims = `<link rel="canonical" href="${realUrl}"><meta property="og:url" content="${realUrl}"><meta property="og:site_name" content="Kabar Asli">`;
    s.pages.set('/evil.html', copy.html.replace('</head>', `${claims}</head>`));
    s.feed('/feed/evil.xml', 'Blog Tiruan', [{ guid: 'e1', link: '/evil.html', title: copy.title }]);
    s.feed('/feed/real.xml', 'Kabar Asli', [{ guid: 'r1', link: realUrl, title: real.title }]);
    const clock = fakeClock();
    t = openTestLedger();
    // the copycat's feed is polled first
    await addFeeds(t.feeds, [s.url('/feed/evil.xml')], { at: iso(clock.now()) });
    const opts = {
      allowPrivate: true,
      intervalMs: 60_000,
      hostGapMs: 0,
      clock,
      robotsCache: new RobotsCache(),
    };
    await new Watcher(t.ledger, t.feeds, opts).runOnce();
    await addFeeds(t.feeds, [s.url('/feed/real.xml')], { at: iso(clock.now()) });
    clock.advance(60_000);
    await new Watcher(t.ledger, t.feeds, opts).runOnce();

    const rows = t.store.db.prepare('SELECT url, canonical_url AS c, outlet FROM articles ORDER BY id').all();
    expect(rows).toEqual([
      { url: s.url('/evil.html'), c: s.url('/evil.html'), outlet: 'Blog Tiruan' },
      { url: realUrl, c: realUrl, outlet: 'Kabar Asli' },
    ]);
  });
});
