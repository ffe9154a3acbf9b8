import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fetchResource } from './fetch.js';
import { send, useTestServer } from './test-support/server.js';
import { articleRequest } from './test-support/requests.js';
import { drip, gzipBomb, hugeBody, silent, stall, type Produced } from './test-support/streams.js';

const serve = useTestServer();
const article = articleRequest;
const MB = 1024 * 1024;

describe('fetchResource limits', () => {
  it('cuts off a 100 MB streamed body at the size cap without reading it all', async () => {
    const produced: Produced = { bytes: 0 };
    const s = await serve({ '/big': hugeBody(100 * MB, produced) });
    await expect(fetchResource(s.url('/big'), article({ limits: { maxBytes: MB } }))).rejects.toMatchObject({
      code: 'input_too_large',
      message: expect.stringContaining('more than the 1.0 MB limit'),
    });
    expect(produced.bytes).toBeLessThan(40 * MB);
  });

  it('refuses a body whose Content-Length is over the cap before reading it', async () => {
    const s = await serve({ '/big': send(Buffer.alloc(2 * MB, 0x61), { 'content-length': String(2 * MB) }) });
    await expect(fetchResource(s.url('/big'), article({ limits: { maxBytes: MB } }))).rejects.toMatchObject({
      code: 'input_too_large',
      message: expect.stringContaining('is 2.0 MB, more than the 1.0 MB limit'),
    });
  });

  it('keeps the first maxBytes when asked to truncate', async () => {
    const produced: Produced = { bytes: 0 };
    const s = await serve({ '/big': hugeBody(100 * MB, produced) });
    const out = await fetchResource(
      s.url('/big'),
      article({ limits: { maxBytes: 1000 }, oversize: 'truncate' }),
    );
    expect(out.notModified || [out.bytes.length, out.truncated]).toEqual([1000, true]);
  });

  it('cuts off a server that drips one byte a second (total time limit)', async () => {
    const s = await serve({ '/drip': drip('<html>', 1000) });
    await expect(fetchResource(s.url('/drip'), article({ limits: { totalMs: 1200 } }))).rejects.toMatchObject(
      {
        code: 'fetch_failed',
        message: expect.stringContaining('timed out (the whole fetch took longer than 1.2 s)'),
      },
    );
  });

  it('cuts off a body that stops arriving (idle time limit)', async () => {
    const s = await serve({ '/stall': stall('<html>') });
    await expect(fetchResource(s.url('/stall'), article({ limits: { idleMs: 200 } }))).rejects.toMatchObject({
      code: 'fetch_failed',
      message: expect.stringContaining('timed out (no data for 0.2 s)'),
    });
  });

  it('cuts off a server that never answers (first byte time limit)', async () => {
    const s = await serve({ '/silent': silent });
    await expect(
      fetchResource(s.url('/silent'), article({ limits: { firstByteMs: 200 } })),
    ).rejects.toMatchObject({
      code: 'fetch_failed',
      message: expect.stringContaining('timed out (no response within 0.2 s)'),
    });
  });
});

describe('fetchResource compression', () => {
  const text = '<p>Menteri mengatakan bahwa harga beras naik.</p>'.repeat(50);

  it.each([
    ['gzip', zlib.gzipSync(text)],
    ['br', zlib.brotliCompressSync(text)],
    ['deflate', zlib.deflateSync(text)],
    ['deflate', zlib.deflateRawSync(text)],
  ])('decodes a %s body', async (encoding, body) => {
    const s = await serve({ '/z': send(body, { 'content-encoding': encoding }) });
    const out = await fetchResource(s.url('/z'), article());
    expect(out.notModified || out.bytes.toString()).toBe(text);
  });

  it.each(['gzip', 'br', 'deflate'] as const)(
    'stops a 1 GB %s bomb after maxBytes of output',
    async (encoding) => {
      const produced: Produced = { bytes: 0 };
      const s = await serve({ '/bomb': gzipBomb(1024 * MB, produced, encoding) });
      await expect(
        fetchResource(s.url('/bomb'), article({ limits: { maxBytes: MB } })),
      ).rejects.toMatchObject({
        code: 'input_too_large',
        message: expect.stringContaining('decompresses to more than the 1.0 MB limit'),
      });
      expect(produced.bytes).toBeLessThan(512 * MB);
    },
  );

  it('says a corrupt gzip body is corrupt', async () => {
    const s = await serve({
      '/bad': send(Buffer.from('this is not gzip at all'), { 'content-encoding': 'gzip' }),
    });
    await expect(fetchResource(s.url('/bad'), article())).rejects.toMatchObject({
      code: 'fetch_failed',
      message: expect.stringContaining('gzip body is corrupt'),
    });
  });

  it('refuses a compression it did not ask for', async () => {
    const s = await serve({ '/z': send('x', { 'content-encoding': 'zstd' }) });
    await expect(fetchResource(s.url('/z'), article())).rejects.toMatchObject({
      message: expect.stringContaining('compressed with "zstd"'),
    });
  });
});
