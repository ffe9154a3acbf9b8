import { createHash } from 'node:crypto';
import { fold } from '../lexicon/fold.js';

/** The text with white space collapsed: what "the same article" is compared on. */
export const normalizeForHash = (text: string): string => text.replace(/\s+/g, ' ').trim();

export const contentHash = (text: string): string =>
  createHash('sha256').update(normalizeForHash(text)).digest('hex');

/** Number of hash functions of a MinHash signature. */
export const SIGNATURE_SIZE = 32;
/** LSH bands of two rows each: a pair above ~0.5 similarity shares a band almost surely. */
export const BANDS = 16;

// 32-bit FNV-1a of a string
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// the i-th hash function: a multiply-xorshift mix of the shingle's hash with a fixed seed
const SEEDS = Array.from(
  { length: SIGNATURE_SIZE },
  (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x85ebca6b) >>> 0,
);
function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * MinHash signature over word 3-shingles. Two articles' signatures agree in about the share
 * of shingles they have in common: a syndicated copy with a new headline and a credit line
 * agrees in most places, an unrelated article in almost none.
 */
export function signature(text: string): Uint32Array {
  const words = (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 20_000);
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n; i++) {
    const h = fnv(`${words[i] ?? ''} ${words[i + 1] ?? ''} ${words[i + 2] ?? ''}`);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix(h, SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

export const signatureHex = (sig: Uint32Array): string =>
  Array.from(sig, (x) => x.toString(16).padStart(8, '0')).join('');
export const parseSignature = (hex: string): Uint32Array =>
  Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => parseInt(hex.slice(i * 8, i * 8 + 8), 16));

/** Estimated Jaccard similarity of the two articles' shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** Band keys of a signature for the LSH index: band i hashes rows 2i and 2i+1. */
export function bandKeys(sig: Uint32Array): number[] {
  return Array.from(
    { length: BANDS },
    (_, i) => (Math.imul(sig[2 * i]!, 0x01000193) ^ sig[2 * i + 1]!) >>> 0,
  );
}

/** Articles at least this similar are copies of one another (syndication, light rewrites). */
export const COPY_SIMILARITY = 0.6;
