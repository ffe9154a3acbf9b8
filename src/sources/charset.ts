import iconv from 'iconv-lite';
import { bomCharset, firstInvalidUtf8, wideCharset } from './decode.js';

export interface Decoded {
  text: string;
  /** the encoding the bytes were read as: "utf-8", "windows-1252" ... */
  charset: string;
  /** said when the declared charset was wrong or missing and we had to guess */
  warnings: string[];
}

export type Markup = 'html' | 'xml' | 'text';

// Labels browsers read as another encoding (WHATWG Encoding): "iso-8859-1" pages are windows-1252.
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  ascii: 'windows-1252',
  'us-ascii': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
  gb2312: 'gbk',
  gb_2312: 'gbk',
  'x-gbk': 'gbk',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-sjis': 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  'ks_c_5601-1987': 'euc-kr',
};

/** A charset label to the name we decode with, or null when iconv-lite does not know it. */
export function normaliseCharset(label: string): string | null {
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const name = ALIASES[l] ?? wideCharset(l) ?? l;
  return iconv.encodingExists(name) ? name : null;
}

// Single-byte encodings: every byte sequence decodes, so a UTF-8 page mislabelled as one of
// these would come out as "Ã©" mojibake without complaint.
const singleByte = (cs: string): boolean => /^(windows-12\d\d|iso-8859-\d+|koi8-[ru]|windows-874)$/.test(cs);

/** `<meta charset="x">`, `<meta http-equiv content="text/html; charset=x">` or `<?xml encoding="x"?>`. */
export function sniffCharset(bytes: Uint8Array, markup: Markup): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  if (markup === 'xml') {
    const xml = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
    if (xml) return xml[1]!.toLowerCase();
  }
  if (markup === 'text') return null;
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:()-]+)/i.exec(head);
  // a document whose declaration reads as ASCII is not UTF-16 or UTF-32, whatever it says (WHATWG)
  return meta && !wideCharset(meta[1]) ? meta[1]!.toLowerCase() : null;
}

const hasHighBytes = (bytes: Uint8Array): boolean => bytes.some((b) => b >= 0x80);

/**
 * Decodes a fetched document: a byte order mark wins, then the Content-Type charset, then one
 * declared in the document, then UTF-8. A page whose declaration is wrong is still made
 * readable, and the guess is reported in `warnings`:
 * - declared (or assumed) UTF-8 but the bytes are not UTF-8: read as windows-1252;
 * - declared a single-byte charset but the bytes are valid, non-ASCII UTF-8: read as UTF-8.
 */
export function decodeDocument(
  bytes: Uint8Array,
  headerCharset: string | null,
  markup: Markup,
  what: string,
): Decoded {
  const fromBom = bomCharset(bytes);
  if (fromBom) return { text: iconv.decode(Buffer.from(bytes), fromBom), charset: fromBom, warnings: [] };
  const warnings: string[] = [];
  const declared: Array<[string, string]> = [];
  const sniffed = sniffCharset(bytes, markup);
  for (const [label, where] of [
    [headerCharset, 'the Content-Type header'],
    [sniffed, 'the document'],
  ] as const) {
    if (!label) continue;
    const name = normaliseCharset(label);
    if (name) declared.push([name, where]);
    else warnings.push(`${what} declares an unknown charset "${label}" in ${where}; ignored it`);
  }
  const utf8Valid = firstInvalidUtf8(bytes) < 0;
  const read = (charset: string): Decoded => ({
    text: iconv.decode(Buffer.from(bytes), charset),
    charset,
    warnings,
  });
  let claimedUtf8: string | null = null;
  for (const [charset, where] of declared) {
    if (charset === 'utf-8' && !utf8Valid) {
      claimedUtf8 ??= where;
      continue;
    }
    if (claimedUtf8)
      warnings.push(
        `${what} says it is UTF-8 (in ${claimedUtf8}) but is not; read it as ${charset} (from ${where})`,
      );
    if (singleByte(charset) && utf8Valid && hasHighBytes(bytes)) {
      warnings.push(`${what} says it is ${charset} (in ${where}) but its bytes are UTF-8; read it as UTF-8`);
      return read('utf-8');
    }
    return read(charset);
  }
  if (utf8Valid) return read('utf-8');
  warnings.push(
    claimedUtf8
      ? `${what} says it is UTF-8 (in ${claimedUtf8}) but its bytes are not valid UTF-8; read it as windows-1252`
      : `${what} declares no charset and is not valid UTF-8; read it as windows-1252`,
  );
  return read('windows-1252');
}
