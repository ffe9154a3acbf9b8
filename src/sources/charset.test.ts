import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeDocument, normaliseCharset, sniffCharset } from './charset.js';

const PHRASE = 'Le ministre a déclaré « ça suffit » — naïve café, 5 €';
const cp1252 = (s: string) => iconv.encode(s, 'windows-1252');
const html = (head: string, body = PHRASE) => `<html><head>${head}</head><body><p>${body}</p></body></html>`;

describe('decodeDocument', () => {
  it('reads UTF-8 declared in the header', () => {
    const out = decodeDocument(Buffer.from(html('')), 'utf-8', 'html', 'page');
    expect(out).toMatchObject({ charset: 'utf-8', warnings: [] });
    expect(out.text).toContain(PHRASE);
  });

  it('reads a windows-1252 page declared in the header', () => {
    const out = decodeDocument(cp1252(html('')), 'windows-1252', 'html', 'page');
    expect(out.text).toContain(PHRASE);
    expect(out.warnings).toEqual([]);
  });

  it('reads iso-8859-1 as windows-1252, as browsers do (the € sign)', () => {
    expect(decodeDocument(cp1252(html('')), 'iso-8859-1', 'html', 'page').text).toContain('5 €');
  });

  it('reads the charset from <meta charset> and <meta http-equiv>', () => {
    expect(decodeDocument(cp1252(html('<meta charset="windows-1252">')), null, 'html', 'p').text).toContain(
      PHRASE,
    );
    const equiv = html('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">');
    expect(decodeDocument(cp1252(equiv), null, 'html', 'p').text).toContain(PHRASE);
  });

  it('reads ISO-8859-2 (Central European) text', () => {
    const polish = 'Minister powiedział, że źródła są wiarygodne';
    const out = decodeDocument(iconv.encode(html('', polish), 'iso-8859-2'), 'iso-8859-2', 'html', 'p');
    expect(out.text).toContain(polish);
  });

  it('falls back to windows-1252 with a warning when a page claims UTF-8 but is not', () => {
    const out = decodeDocument(cp1252(html('')), 'utf-8', 'html', 'http://x/a');
    expect(out.charset).toBe('windows-1252');
    expect(out.text).toContain(PHRASE);
    expect(out.warnings).toEqual([
      'http://x/a says it is UTF-8 (in the Content-Type header) but its bytes are not valid UTF-8; read it as windows-1252',
    ]);
  });

  it('prefers a charset the document declares when the header wrongly says UTF-8', () => {
    const out = decodeDocument(cp1252(html('<meta charset="windows-1252">')), 'utf-8', 'html', 'p');
    expect(out).toMatchObject({ charset: 'windows-1252' });
    expect(out.warnings[0]).toContain('says it is UTF-8 (in the Content-Type header) but is not');
  });

  it('reads a windows-1252 page with no charset at all, with a warning', () => {
    const out = decodeDocument(cp1252(html('')), null, 'html', 'p');
    expect(out.text).toContain(PHRASE);
    expect(out.warnings).toEqual(['p declares no charset and is not valid UTF-8; read it as windows-1252']);
  });

  it('reads UTF-8 bytes as UTF-8 when the page wrongly claims a single-byte charset', () => {
    const out = decodeDocument(Buffer.from(html('<meta charset="iso-8859-1">')), null, 'html', 'p');
    expect(out.text).toContain(PHRASE);
    expect(out.warnings[0]).toContain('but its bytes are UTF-8');
  });

  it('lets a byte order mark win over the header', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(PHRASE, 'utf-16le')]);
    expect(decodeDocument(bytes, 'windows-1252', 'html', 'p').text).toBe(PHRASE);
  });

  it('reads the encoding of an XML declaration', () => {
    const title = 'Le ministre a déclaré « ça suffit », 5 €'; // every character exists in ISO-8859-15
    const xml = `<?xml version="1.0" encoding="ISO-8859-15"?><rss><title>${title}</title></rss>`;
    expect(decodeDocument(iconv.encode(xml, 'iso-8859-15'), null, 'xml', 'feed').text).toContain(title);
  });

  it('ignores an unknown charset label, saying so', () => {
    const out = decodeDocument(Buffer.from(html('')), 'x-klingon', 'html', 'p');
    expect(out).toMatchObject({ charset: 'utf-8' });
    expect(out.warnings[0]).toContain('unknown charset "x-klingon"');
  });
});

describe('charset helpers', () => {
  it('normalises labels', () => {
    expect(normaliseCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normaliseCharset('"UTF-8"')).toBe('utf-8');
    expect(normaliseCharset('gb2312')).toBe('gbk');
    expect(normaliseCharset('nope')).toBeNull();
  });

  it('sniffs only what the markup can declare', () => {
    const bytes = Buffer.from('<meta charset="koi8-r">');
    expect(sniffCharset(bytes, 'html')).toBe('koi8-r');
    expect(sniffCharset(bytes, 'text')).toBeNull();
  });
});
