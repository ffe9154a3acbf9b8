import type { Transform } from 'node:stream';
import { CorroborateError } from '../../domain/errors.js';
import { decoderFor } from './decompress.js';
import { networkError, timeoutError } from './errors.js';
import { mb } from './limits.js';
import type { OpenResponse } from './request.js';

export interface BodyOptions {
  url: string;
  /** Content-Encoding, as checked by `contentEncoding` */
  coding: string;
  maxBytes: number;
  idleMs: number;
  /** "error" refuses a body over `maxBytes`; "truncate" keeps its first `maxBytes` */
  oversize: 'error' | 'truncate';
}

export interface Body {
  bytes: Buffer;
  truncated: boolean;
}

const tooLarge = (url: string, what: string, max: number) =>
  new CorroborateError(
    'input_too_large',
    `${url} ${what} more than the ${mb(max)} limit (raise it with --max-bytes)`,
  );

/**
 * Reads a response body with bounded memory: at most `maxBytes` are kept, counted after
 * decompression (a gzip bomb stops after `maxBytes` of output, not after 1 GB) and on the wire.
 */
export function readBody(open: OpenResponse, o: BodyOptions): Promise<Body> {
  const { res } = open;
  const declared = Number(res.headers['content-length']);
  if (o.oversize === 'error' && declared > o.maxBytes) {
    open.abort(new Error('too large'));
    return Promise.reject(tooLarge(o.url, `is ${mb(declared)},`, o.maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let wire = 0;
    let settled = false;
    let idle: NodeJS.Timeout | undefined;
    let decoder: Transform | null | undefined;

    const settle = (err: Error | null, truncated = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(idle);
      open.close();
      if (err || truncated) {
        decoder?.destroy();
        res.destroy();
      }
      if (err) reject(err);
      else resolve({ bytes: Buffer.concat(chunks, kept), truncated });
    };
    const armIdle = () => {
      clearTimeout(idle);
      idle = setTimeout(() => settle(timeoutError(o.url, 'idle', o.idleMs)), o.idleMs);
    };
    const take = (chunk: Buffer) => {
      if (settled) return;
      if (kept + chunk.length <= o.maxBytes) {
        chunks.push(chunk);
        kept += chunk.length;
        return;
      }
      if (o.oversize === 'error')
        return settle(tooLarge(o.url, decoder ? 'decompresses to' : 'is', o.maxBytes));
      chunks.push(chunk.subarray(0, o.maxBytes - kept));
      kept = o.maxBytes;
      settle(null, true);
    };
    const startDecoder = (first: Buffer) => {
      decoder = decoderFor(o.coding, first);
      if (!decoder) return;
      decoder.on('data', take);
      decoder.on('end', () => settle(null));
      decoder.on('error', (e) =>
        settle(
          new CorroborateError(
            'fetch_failed',
            `could not fetch ${o.url}: its ${o.coding} body is corrupt (${e.message})`,
          ),
        ),
      );
    };

    res.on('data', (chunk: Buffer) => {
      if (settled) return;
      armIdle();
      wire += chunk.length;
      if (wire > o.maxBytes && o.oversize === 'error') return settle(tooLarge(o.url, 'is', o.maxBytes));
      if (decoder === undefined) startDecoder(chunk);
      if (!decoder) return take(chunk);
      if (!decoder.write(chunk)) {
        res.pause();
        decoder.once('drain', () => res.resume());
      }
    });
    res.on('end', () => (decoder ? decoder.end() : settle(null)));
    res.on('error', (e) => settle(networkError(o.url, e)));
    res.on('close', () => {
      if (!res.complete)
        settle(
          new CorroborateError(
            'fetch_failed',
            `could not fetch ${o.url}: the connection closed before the whole body arrived`,
          ),
        );
    });
    armIdle();
  });
}
