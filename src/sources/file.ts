import fs from 'node:fs';
import { CorroborateError } from '../domain/errors.js';
import { decodeText } from './decode.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface RawArticle {
  text: string;
  path: string | null;
  url: string | null;
  /**
   * a URL the page names for itself (`<link rel=canonical>`, `og:url`), kept only when on the
   * same site as `url`: a hint, never the article's identity
   */
  canonicalUrl?: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  /** "text" for plain text, "html" when the text was read out of a page */
  format: 'text' | 'html';
  /** what was odd about reading it (a guessed charset, a cut-off body ...), for the user */
  warnings?: string[];
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(what: string, size: number, max: number): CorroborateError {
  return new CorroborateError(
    'input_too_large',
    `${what} is ${mb(size)}, more than the ${mb(max)} limit (raise it with --max-bytes)`,
  );
}

/**
 * Reads a file's bytes, refusing missing files, directories and anything over `maxBytes`. The cap
 * counts the bytes read, not the size `stat` reports: a FIFO or a process substitution
 * (`<(curl …)`, `/dev/fd/63`) says 0 and may stream without end.
 */
export async function readFileBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  let st: fs.Stats;
  try {
    st = await fs.promises.stat(path);
  } catch {
    throw new CorroborateError('input_not_found', `no such file: ${path}`);
  }
  if (st.isDirectory()) throw new CorroborateError('input_not_found', `${path} is a directory, not a file`);
  if (st.isFile() && st.size > maxBytes) throw tooLarge(path, st.size, maxBytes);
  return readCapped(fs.createReadStream(path, { highWaterMark: 64 * 1024 }), path, maxBytes);
}

/**
 * Reads a small file the user keeps beside articles (a manifest.json) synchronously, by bytes
 * read up to `maxBytes`: a FIFO or an endless device under that name cannot fill the memory.
 */
export function readSmallFileSync(path: string, maxBytes: number): Buffer {
  const fd = fs.openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) return Buffer.concat(chunks);
      size += n;
      if (size > maxBytes)
        throw new CorroborateError('input_too_large', `${path} is more than the ${mb(maxBytes)} limit`);
      chunks.push(chunk.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads standard input up to `maxBytes`. */
export function readStdinBytes(maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  return readCapped(process.stdin, 'standard input', maxBytes);
}

/** Collects a stream's bytes, stopping (and closing the stream) as soon as they pass `maxBytes`. */
export async function readCapped(
  stream: NodeJS.ReadableStream & { destroy?: () => void },
  what: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += b.length;
      if (size > maxBytes)
        throw new CorroborateError(
          'input_too_large',
          `${what} is more than the ${mb(maxBytes)} limit (raise it with --max-bytes)`,
        );
      chunks.push(b);
    }
  } catch (e) {
    if (stream !== process.stdin) stream.destroy?.();
    if (e instanceof CorroborateError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR')
      throw new CorroborateError('input_not_found', `cannot read ${what}: ${code}`);
    throw e;
  }
  return Buffer.concat(chunks);
}

export function looksLikeHtml(text: string, path?: string | null): boolean {
  if (path && /\.x?html?$/i.test(path)) return true;
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));
}

export function textArticle(text: string, path: string | null): RawArticle {
  return {
    text,
    path,
    url: null,
    title: null,
    outlet: null,
    published: null,
    language: null,
    format: 'text',
  };
}

/** An article whose text and metadata are already known (a generated, fixture or test article). */
export function knownArticle(a: {
  text: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
}): RawArticle {
  return {
    ...textArticle(a.text, null),
    url: a.url,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    language: a.language,
  };
}

export { decodeText };
