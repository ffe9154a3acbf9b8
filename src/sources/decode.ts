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

/** Names the kind of a binary file from its first bytes, or null when it looks like text. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [sig, name] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return name;
  const head = bytes.subarray(0, 8192);
  // UTF-16 text has NULs but starts with a byte order mark
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return null;
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
  const binary = sniffBinary(bytes);
  if (binary) throw new CorroborateError('input_binary', `${what} is not text: it looks like ${binary}`);
  let label = encoding?.toLowerCase();
  if (!label) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
    else label = 'utf-8';
  }
  if (label === 'utf-8' || label === 'utf8') {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0)
      throw new CorroborateError(
        'input_encoding',
        `${what} is not valid UTF-8 (bad byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad}); give its encoding with --encoding, e.g. --encoding windows-1252`,
      );
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    throw new CorroborateError('usage', `unknown encoding "${encoding}"`);
  }
  const text = decoder.decode(bytes);
  if (!/\S/u.test(text)) throw new CorroborateError('input_empty', `${what} holds only white space`);
  return text;
}
