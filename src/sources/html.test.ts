import { describe, expect, it } from 'vitest';
import { htmlToArticle } from './html.js';
import { NEWS_PAGE, P1, P2, P3 } from './test-support/pages.js';

const para = (n: number) =>
  `<p>${'Kalimat yang cukup panjang untuk dianggap isi artikel oleh pembaca. '.repeat(n)}</p>`;

describe('htmlToArticle on a news page', () => {
  const a = htmlToArticle(NEWS_PAGE, 'https://kabar.example/ekonomi/2024/03/05/subsidi-beras?utm_source=x');

  it('gives the article text one paragraph per line', () => {
    expect(a.text.split('\n')).toEqual([P1, P2, P3]);
  });

  it('drops navigation, captions, related links, share buttons, ads and comments', () => {
    for (const junk of [
      'Beranda',
      'Pedagang beras',
      'Baca juga',
      'Facebook',
      'ADVERTISEMENT',
      'Harga gula',
      'Komentar',
      '©',
    ])
      expect(a.text).not.toContain(junk);
  });

  it('never lets script or style content into the text', () => {
    for (const junk of ['SECRET_TRACKING', 'INJECTED', 'console.log', 'color: red', 'alert'])
      expect(a.text).not.toContain(junk);
  });

  it('reads the metadata from JSON-LD, OpenGraph and the canonical link', () => {
    expect(a).toMatchObject({
      title: 'Pemerintah Tambah Subsidi Beras Rp 2 Triliun',
      outlet: 'Kabar Nusantara',
      published: '2024-03-05',
      language: 'id',
      url: 'https://kabar.example/ekonomi/2024/03/05/subsidi-beras',
      authors: ['Rina Kusuma', 'Agus Pratama'],
      format: 'html',
      warnings: [],
    });
  });
});

describe('htmlToArticle metadata', () => {
  it('reads OpenGraph and <meta> tags when there is no JSON-LD', () => {
    const html = `<html lang="en-GB"><head><title>Rice prices | The Daily Example</title>
      <meta property="og:site_name" content="The Daily Example">
      <meta property="article:published_time" content="2024-02-29T08:00:00Z">
      <meta property="og:url" content="https://daily.example/rice">
      <meta name="author" content="Jane Roe">
      </head><body><article>${para(8)}</article></body></html>`;
    expect(htmlToArticle(html, null)).toMatchObject({
      title: 'Rice prices',
      outlet: 'The Daily Example',
      published: '2024-02-29',
      language: 'en',
      url: 'https://daily.example/rice',
      authors: ['Jane Roe'],
    });
  });

  it('reads <meta name="pubdate">, content-language and <time datetime>', () => {
    const withMeta = `<html><head><meta name="pubdate" content="20240305"><meta http-equiv="content-language" content="fr">
      </head><body>${para(6)}</body></html>`;
    expect(htmlToArticle(withMeta, null)).toMatchObject({ published: '2024-03-05', language: 'fr' });
    const withTime = `<html><body><article><time datetime="2023-12-31T22:00:00-05:00">31 Dec</time>${para(6)}</article></body></html>`;
    expect(htmlToArticle(withTime, null).published).toBe('2023-12-31');
  });

  it('ignores a canonical link that points every page at the home page', () => {
    const html = `<html><head><link rel="canonical" href="https://site.example/"></head><body>${para(6)}</body></html>`;
    expect(htmlToArticle(html, 'https://site.example/news/1').url).toBe('https://site.example/news/1');
  });

  it('leaves what the page does not say as null', () => {
    expect(htmlToArticle(`<p>${'Just text. '.repeat(30)}</p>`, null)).toMatchObject({
      title: null,
      outlet: null,
      published: null,
      language: null,
      url: null,
    });
  });
});

describe('htmlToArticle on awkward markup', () => {
  it('reads malformed HTML without throwing', () => {
    const html = `<html><body><div class=main><p>First paragraph of a story that is long enough to count as content here.
      <p>Second <b>bold <i>and italic</b> text</i> without closing tags</div></div></span>
      <p>Third paragraph & an unescaped ampersand < and a stray bracket, long enough to be kept as a sibling of the story.`;
    const a = htmlToArticle(html, null);
    expect(a.text).toContain('First paragraph of a story');
    expect(a.text).toContain('Second bold and italic text without closing tags');
    expect(a.text).toContain('Third paragraph & an unescaped ampersand');
  });

  it('survives 50,000 nested elements', () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}<p>Deep inside the page there is still a sentence.</p>${'</div>'.repeat(50_000)}</body></html>`;
    const a = htmlToArticle(html, null);
    expect(a.text).toContain('Deep inside the page there is still a sentence.');
    expect(a.warnings[0]).toContain('more than 250 deep');
  });

  it('collapses inline white space and turns <br> into line breaks', () => {
    const html = `<html><body><article><p>One   <b>two</b>\n\t three&nbsp;four<br>five</p>${para(6)}</article></body></html>`;
    expect(htmlToArticle(html, null).text.split('\n').slice(0, 2)).toEqual(['One two three four', 'five']);
  });

  it('reads the text from JSON-LD articleBody when the page renders it by script', () => {
    const body = 'The minister said prices would fall.\nThe opposition disagreed strongly with that view.';
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Prices',
      articleBody: body,
    })}</script></head><body><div id="app">Loading…</div><script>render()</script></body></html>`;
    const a = htmlToArticle(html, null);
    expect(a.text).toBe(body);
    expect(a.warnings[0]).toContain('JSON-LD articleBody');
  });

  it('reads a page with no body text as empty text', () => {
    expect(htmlToArticle('<html><head><title>x</title></head><body></body></html>', null).text).toBe('');
  });
});
