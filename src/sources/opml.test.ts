import { describe, expect, it } from 'vitest';
import { parseOpml } from './opml.js';

const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My subscriptions</title></head>
  <body>
    <outline text="Indonesia" title="Indonesia">
      <outline type="rss" text="Kabar &amp; Berita" xmlUrl="https://kabar.example/rss?a=1&amp;b=2" htmlUrl="https://kabar.example/"/>
      <outline type="rss" text="Relative" xmlUrl="/feeds/local.xml"/>
    </outline>
    <outline type="rss" title="Daily" text="The Daily" xmlUrl="https://daily.example/atom"/>
    <outline type="rss" text="Again" xmlUrl="https://daily.example/atom"/>
    <outline type="rss" text="Bad" xmlUrl="javascript:alert(1)"/>
    <outline text="A folder without a feed"/>
  </body>
</opml>`;

describe('parseOpml', () => {
  it('lists each feed URL once, in order, with its title', () => {
    const out = parseOpml(OPML, { base: 'https://me.example/subs.opml' });
    expect(out.feeds).toEqual([
      { url: 'https://kabar.example/rss?a=1&b=2', title: 'Kabar & Berita' },
      { url: 'https://me.example/feeds/local.xml', title: 'Relative' },
      { url: 'https://daily.example/atom', title: 'Daily' },
    ]);
    expect(out.warnings).toEqual(['1 outline(s) had a feed URL that is not http(s); skipped them']);
  });

  it('caps the number of feeds, saying so', () => {
    const many = `<opml><body>${Array.from({ length: 30 }, (_, i) => `<outline xmlUrl="https://f.example/${i}"/>`).join('')}</body></opml>`;
    const out = parseOpml(many, { maxFeeds: 10 });
    expect(out.feeds).toHaveLength(10);
    expect(out.warnings).toEqual(['the list has more than 10 feeds; read the first 10']);
  });

  it('refuses a file that is not OPML', () => {
    expect(() => parseOpml('<rss><channel/></rss>')).toThrow('not an OPML file');
  });
});
