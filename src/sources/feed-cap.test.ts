import { describe, expect, it } from 'vitest';
import { capXmlItems, stripDoctype } from './feed-cap.js';
import { bigRss } from './test-support/feeds.js';

describe('capXmlItems', () => {
  it('leaves a feed within the cap untouched', () => {
    const xml = bigRss(3);
    expect(capXmlItems(xml, 5)).toEqual({ xml, items: 3, cut: 'none' });
  });

  it('cuts after maxItems and closes the open elements', () => {
    const out = capXmlItems(bigRss(10), 2);
    expect(out.cut).toBe('items');
    expect(out.items).toBe(10);
    expect(out.xml.match(/<item>/g)).toHaveLength(2);
    expect(out.xml.endsWith('</item></channel></rss>')).toBe(true);
  });

  it('closes off a document truncated mid-item, dropping that item', () => {
    const full = bigRss(5);
    const out = capXmlItems(full.slice(0, full.indexOf('<guid>g3')), 100);
    expect(out).toMatchObject({ cut: 'truncated', items: 3 });
    expect(out.xml.endsWith('</item></channel></rss>')).toBe(true);
  });

  it('does not count item tags inside CDATA or comments', () => {
    const xml =
      '<rss><channel><!-- <item> --><item><description><![CDATA[<item>]]></description></item></channel></rss>';
    expect(capXmlItems(xml, 10).items).toBe(1);
  });

  it('counts Atom entries', () => {
    expect(capXmlItems('<feed><entry><id>1</id></entry><entry/></feed>', 10).items).toBe(2);
  });
});

describe('stripDoctype', () => {
  it('removes a DOCTYPE with an internal subset declaring entities', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><rss>&b;</rss>';
    expect(stripDoctype(xml)).toBe('<?xml version="1.0"?><rss>&b;</rss>');
  });

  it('removes a plain DOCTYPE and leaves documents without one alone', () => {
    expect(stripDoctype('<!DOCTYPE rss PUBLIC "x" "y"><rss/>')).toBe('<rss/>');
    expect(stripDoctype('<rss/>')).toBe('<rss/>');
  });
});
