import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, readFileBytes, readSmallFileSync } from './file.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'corr-file-'));

describe('readFileBytes', () => {
  it('stops reading a FIFO at the byte cap instead of trusting its stat size of 0', async () => {
    const fifo = path.join(tmp(), 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // 1 MB through a pipe whose stat size says 0 (as `<(curl …)` does)
    const writer = spawn('sh', ['-c', `head -c 1048576 /dev/zero | tr '\\0' a > "${fifo}"`], {
      stdio: 'ignore',
    });
    try {
      await expect(readFileBytes(fifo, 256 * 1024)).rejects.toMatchObject({ code: 'input_too_large' });
    } finally {
      writer.kill();
    }
  });

  it('reads a regular file and refuses one whose size is over the cap', async () => {
    const f = path.join(tmp(), 'a.txt');
    fs.writeFileSync(f, 'x'.repeat(2000));
    expect((await readFileBytes(f, 4000)).length).toBe(2000);
    await expect(readFileBytes(f, 1000)).rejects.toMatchObject({ code: 'input_too_large' });
    await expect(readFileBytes(path.join(tmp(), 'none'))).rejects.toMatchObject({ code: 'input_not_found' });
  });
});

describe('decodeText', () => {
  const TEXT = 'The minister said the plan “will not change” anything.';

  it('honours --encoding utf-16le without a byte order mark instead of calling the NULs binary', () => {
    expect(decodeText(iconv.encode(TEXT, 'utf-16le'), 'f', 'utf-16le')).toBe(TEXT);
  });

  it('reads UTF-32, declared or marked with its byte order mark', () => {
    expect(decodeText(iconv.encode(TEXT, 'utf-32be'), 'f', 'utf-32be')).toBe(TEXT);
    const marked = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(TEXT, 'utf-32le')]);
    expect(decodeText(marked, 'f')).toBe(TEXT);
  });

  it('still refuses NUL bytes when nothing declares a wide charset', () => {
    expect(() => decodeText(iconv.encode(TEXT, 'utf-16le'), 'f')).toThrow(/not text/);
  });
});

describe('readSmallFileSync', () => {
  it('stops at the byte cap on a file whose stat size says nothing (/dev/zero)', () => {
    expect(() => readSmallFileSync('/dev/zero', 200 * 1024)).toThrow(/more than the 0\.2 MB limit/);
  });
});
