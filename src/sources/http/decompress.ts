import zlib from 'node:zlib';
import type { Transform } from 'node:stream';
import { CorroborateError } from '../../domain/errors.js';

const SUPPORTED = new Set(['', 'identity', 'gzip', 'x-gzip', 'deflate', 'br']);

export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** The Content-Encoding header, lower case; refuses codings we did not offer ("zstd", "gzip, br"). */
export function contentEncoding(header: string | undefined, url: string): string {
  const coding = (header ?? '').trim().toLowerCase();
  if (!SUPPORTED.has(coding))
    throw new CorroborateError(
      'fetch_failed',
      `could not fetch ${url}: it is compressed with "${coding}", which is not supported`,
    );
  return coding;
}

// "deflate" is meant to be zlib-wrapped but some servers send raw deflate; the first byte tells.
const zlibWrapped = (first: Buffer): boolean =>
  first.length > 0 && (first[0]! & 0x0f) === 8 && first[0]! >> 4 <= 7;

/**
 * A decompressor for `coding`, chosen once the first body bytes are seen, or null when the body
 * is not compressed. Output comes in small chunks, so the reader can stop a bomb early.
 */
export function decoderFor(coding: string, first: Buffer): Transform | null {
  const opts = { chunkSize: 16 * 1024 };
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip(opts);
    case 'deflate':
      return zlibWrapped(first) ? zlib.createInflate(opts) : zlib.createInflateRaw(opts);
    case 'br':
      return zlib.createBrotliDecompress(opts);
    default:
      return null;
  }
}
