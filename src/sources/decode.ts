import iconv from 'iconv-lite';
import { TextDecoder } from 'node:util';
import { CorroborateError } from '../domain/errors.js';

const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an Office document)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database'],
];

/**
 * "utf-16", "UTF-16LE", "utf32be" … as one name, or null for a charset whose text has no NUL
 * bytes. Text in these is full of NULs ("a" is 61 00 in UTF-16LE) and is not binary.
 */
export function wideCharset(label: string | null | undefined): string | null {
  const m = /^\s*["']?utf-?(16|32)(le|be)?["']?\s*$/i.exec(label ?? '');
  return m ? `utf-${m[1]}${m[2]?.toLowerCase() ?? ''}` : null;
}

/** The charset a byte order mark names (UTF-32 marks checked before the UTF-16 ones they begin with). */
export function bomCharset(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return null;
}

/**
 * Names the kind of a binary file from its first bytes, or null when it looks like text.
 * `charset` is the one declared (Content-Type, --encoding): a UTF-16 or UTF-32 one, or a byte
 * order mark, lets NUL bytes through.
 */
export function sniffBinary(bytes: Uint8Array, charset?: string | null): string | null {
  for (const [sig, name] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return name;
  const head = bytes.subarray(0, 8192);
  if (wideCharset(charset) || wideCharset(bomCharset(head))) return null;
  let control = 0;
  for (const b of head) {
    if (b === 0) return 'binary data (it contains NUL bytes)';
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return head.length > 0 && control / head.length > 0.1 ? 'binary data (many control characters)' : null;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Bytes of a text file to a string. UTF-8 (a BOM is dropped) unless a UTF-16 BOM or an explicit
 * `encoding` says otherwise; binary data and broken UTF-8 are refused with the reason.
 */
export function decodeText(bytes: Uint8Array, what: string, encoding?: string): string {
  if (bytes.length === 0) throw new CorroborateError('input_empty', `${what} is empty`);
  const binary = sniffBinary(bytes, encoding);
  if (binary) throw new CorroborateError('input_binary', `${what} is not text: it looks like ${binary}`);
  const fromBom = bomCharset(bytes);
  let label = encoding?.toLowerCase() ?? (fromBom === 'utf-8' ? null : fromBom) ?? 'utf-8';
  if (label === 'utf-8' || label === 'utf8') {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0)
      throw new CorroborateError(
        'input_encoding',
        `${what} is not valid UTF-8 (bad byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad}); give its encoding with --encoding, e.g. --encoding windows-1252`,
      );
  }
  let text: string;
  const wide = wideCharset(label);
  if (wide?.startsWith('utf-32')) {
    // TextDecoder knows no UTF-32; iconv-lite does (and drops its byte order mark)
    label = wide;
    text = iconv.decode(Buffer.from(bytes), wide === 'utf-32' ? 'utf32' : wide);
  } else {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(label);
    } catch {
      throw new CorroborateError('usage', `unknown encoding "${encoding}"`);
    }
    text = decoder.decode(bytes);
  }
  if (!/\S/u.test(text)) throw new CorroborateError('input_empty', `${what} holds only white space`);
  return text;
}
