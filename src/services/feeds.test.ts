import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addFeeds, normaliseFeedUrl, removeFeed } from './feeds.js';
import { openTestLedger, type TestLedger } from './test-support/ledger.js';

let t: TestLedger | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const AT = '2024-05-06T08:00:00.000Z';

function opmlFile(body: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corr-opml-')), 'langganan.opml');
  fs.writeFileSync(file, body);
  return file;
}

const OPML = `<?xml version="1.0"?><opml version="2.0"><head><title>Langganan</title></head><body>
<outline text="Ekonomi"><outline text="Kabar Ekonomi" xmlUrl="https://kabar.example/ekonomi/rss"/>
<outline text="Daily" title="The Daily Example" xmlUrl="https://daily.example/feed.xml"/></outline>
<outline text="Kabar lagi" xmlUrl="https://kabar.example/ekonomi/rss"/>
<outline text="Bad" xmlUrl="ftp://old.example/feed"/>
</body></opml>`;

describe('feeds', () => {
  it('adds feeds by URL and from an OPML file, each once, due at once', async () => {
    t = openTestLedger();
    const r = await addFeeds(t.feeds, ['https://daily.example/feed.xml#top', opmlFile(OPML)], { at: AT });
    expect(r.feeds.map((f) => [f.url, f.created])).toEqual([
      ['https://daily.example/feed.xml', true],
      ['https://kabar.example/ekonomi/rss', true],
      ['https://daily.example/feed.xml', false],
    ]);
    expect(r.warnings).toEqual([expect.stringContaining('not http(s); skipped them')]);
    const listed = await t.feeds.listFeeds();
    expect(listed.map((f) => [f.url, f.title, f.nextPollAt])).toEqual([
      ['https://daily.example/feed.xml', null, AT],
      ['https://kabar.example/ekonomi/rss', 'Kabar Ekonomi', AT],
    ]);
  });

  it('says what a missing file or a file that is not OPML is', async () => {
    t = openTestLedger();
    await expect(addFeeds(t.feeds, ['kabar.example/rss'], { at: AT })).rejects.toMatchObject({
      code: 'input_not_found',
      message: expect.stringContaining('a feed URL starts with http:// or https://'),
    });
    const notOpml = opmlFile('<rss version="2.0"><channel><title>x</title></channel></rss>');
    await expect(addFeeds(t.feeds, [notOpml], { at: AT })).rejects.toMatchObject({
      code: 'feed_invalid',
      message: expect.stringContaining(notOpml),
    });
    expect(() => normaliseFeedUrl('file:///etc/passwd')).toThrow(/http and https only/);
  });

  it('removes a feed by id or URL and keeps its articles', async () => {
    t = openTestLedger();
    await addFeeds(t.feeds, ['https://a.example/rss', 'https://b.example/rss'], { at: AT });
    expect((await removeFeed(t.feeds, '1')).url).toBe('https://a.example/rss');
    expect((await removeFeed(t.feeds, 'https://b.example/rss')).id).toBe(2);
    await expect(removeFeed(t.feeds, '1')).rejects.toMatchObject({ code: 'not_found' });
  });
});
