import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { Handler } from './server.js';

/** Counts what a streaming handler produced, to show the client stopped it early. */
export interface Produced {
  bytes: number;
}

/** `total` bytes of `fill`, made 64 KiB at a time as the reader asks for them (never stored). */
export function lazyBytes(total: number, produced: Produced, fill = 0x61): Readable {
  const chunk = Buffer.alloc(64 * 1024, fill);
  return new Readable({
    read() {
      if (produced.bytes >= total) return void this.push(null);
      const n = Math.min(chunk.length, total - produced.bytes);
      produced.bytes += n;
      this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    },
  });
}

/** Streams `total` bytes as text/html, without a Content-Length. */
export const hugeBody =
  (total: number, produced: Produced): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const src = lazyBytes(total, produced);
    res.on('close', () => src.destroy());
    src.pipe(res);
  };

/** `total` zero bytes gzip-compressed on the fly: 1 GB makes about 1 MB on the wire. */
export const gzipBomb =
  (total: number, produced: Produced, encoding: 'gzip' | 'br' | 'deflate' = 'gzip'): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': encoding });
    const src = lazyBytes(total, produced, 0);
    const z =
      encoding === 'gzip'
        ? zlib.createGzip()
        : encoding === 'br'
          ? zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } })
          : zlib.createDeflate();
    res.on('close', () => {
      src.destroy();
      z.destroy();
    });
    src.pipe(z).pipe(res);
  };

/** Sends headers and `head`, then one byte every `everyMs` for as long as the client listens. */
export const drip =
  (head: string, everyMs: number): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write(head);
    const t = setInterval(() => res.write('x'), everyMs);
    res.on('close', () => clearInterval(t));
  };

/** Sends headers and `head`, then nothing. */
export const stall =
  (head: string): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write(head);
  };

/** Accepts the request and never answers. */
export const silent: Handler = () => {};
