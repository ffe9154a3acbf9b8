// Feeds written for these tests.

export const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>Kabar Nusantara — Ekonomi</title>
  <link>https://kabar.example/ekonomi</link>
  <item>
    <title>Subsidi beras ditambah</title>
    <link>https://kabar.example/a/1</link>
    <guid isPermaLink="false">kabar-1</guid>
    <pubDate>Tue, 05 Mar 2024 10:00:00 +0700</pubDate>
    <description><![CDATA[<p>Pemerintah <b>menambah</b> subsidi &amp; bantuan.</p><script>x()</script>]]></description>
  </item>
  <item>
    <title>Harga cabai turun</title>
    <link>https://kabar.example/a/2</link>
    <guid>kabar-2</guid>
    <pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate>
  </item>
</channel></rss>`;

export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>The Daily Example</title>
  <link href="https://daily.example/"/>
  <id>urn:daily</id>
  <entry>
    <title type="html">Rice &amp;amp; wheat prices</title>
    <link href="https://daily.example/rice"/>
    <id>urn:daily:1</id>
    <published>2024-02-29T08:00:00Z</published>
    <updated>2024-03-01T08:00:00Z</updated>
    <summary>Prices rose.</summary>
  </entry>
</feed>`;

export const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Example JSON',
  home_page_url: 'https://json.example/',
  items: [
    {
      id: 1,
      url: 'https://json.example/1',
      title: 'One',
      date_published: '2024-03-05T23:30:00-05:00',
      content_text: 'First.',
    },
    { id: '2', external_url: '/2', title: 'Two', summary: '<i>Second</i>' },
    { id: '1', url: 'https://json.example/1-again', title: 'One again' },
    'not an item',
  ],
});

/** An RSS feed of `n` items built in memory; item i has GUID "g<i mod distinct>". */
export function bigRss(n: number, distinct = n): string {
  const parts: string[] = [
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://big.example/</link>',
  ];
  for (let i = 0; i < n; i++)
    parts.push(
      `<item><title>Item ${i}</title><link>https://big.example/${i}</link><guid>g${i % distinct}</guid></item>`,
    );
  parts.push('</channel></rss>');
  return parts.join('');
}

export const HTML_WITH_FEED_LINK = `<!DOCTYPE html><html><head><title>Kabar</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">
</head><body><p>Berita terbaru</p></body></html>`;
