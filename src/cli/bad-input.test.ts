import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s), tty: false });
  return { code, out: out.join(''), err: err.join('') };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-bad-'));
const file = (name: string, data: string | Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
};

describe('bad input to `corroborate extract`', () => {
  it('refuses an empty file with one clear line and exit code 3', async () => {
    const r = await run(['extract', file('empty.txt', ''), '--json']);
    expect(r.code).toBe(3);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/empty/);
    expect(r.out).toBe('');
  });

  it('refuses binary data and names what it looks like', async () => {
    const r = await run([
      'extract',
      file('doc.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 1, 2, 3])),
    ]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/PDF/);
  });

  it('refuses invalid UTF-8 with the offset of the bad byte, and reads it with --encoding', async () => {
    const p = file('latin1.txt', Buffer.from('Menteri mengatakan caf\xe9 itu tutup.', 'latin1'));
    const r = await run(['extract', p]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/not valid UTF-8.*offset 22/);
    const ok = await run(['extract', p, '--encoding', 'windows-1252', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).text).toContain('café');
  });

  it('refuses a 50 MB file without reading it, and says how to raise the limit', async () => {
    const p = path.join(dir, 'big.txt');
    const fd = fs.openSync(p, 'w');
    fs.ftruncateSync(fd, 50 * 1024 * 1024);
    fs.closeSync(fd);
    const r = await run(['extract', p]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/50\.0 MB.*--max-bytes/);
  });

  it('gives an empty result with the reason for a language it has no lexicon for', async () => {
    const r = await run([
      'extract',
      file(
        'sv.txt',
        'Ministern sade på onsdagen att trupperna hade anlänt till Ryssland, enligt ett officiellt uttalande som publicerades på kvällen.',
      ),
      '--json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    // Swedish has no lexicon: cld names it; without cld no language is recognised at all
    expect(['sv', 'und']).toContain(j.language);
    expect(j.statements).toEqual([]);
    expect(j.warnings.join(' ')).toMatch(/no lexicon|no language recognised/);
    expect(r.err).toMatch(/no lexicon|no language recognised/);
  });

  it('refuses a missing file and an unknown option as usage problems', async () => {
    expect((await run(['extract', path.join(dir, 'nope.txt')])).code).toBe(3);
    const r = await run(['extract', '--frobnicate', 'x']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown option --frobnicate/);
  });

  it('reports a URL that does not answer as a network error, and a private address as refused', async () => {
    const server = http.createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((r) => server.close(() => r()));
    const refused = await run(['extract', `http://127.0.0.1:${port}/x.html`]);
    expect(refused.code).toBe(4);
    expect(refused.err).toMatch(/loopback/);
    const dead = await run([
      'extract',
      `http://127.0.0.1:${port}/x.html`,
      '--allow-private',
      '--timeout',
      '2',
    ]);
    expect(dead.code).toBe(4);
    expect(dead.err.trim().split('\n')).toHaveLength(1);
  });

  it('takes options before or after the path', async () => {
    const p = file(
      'a.txt',
      'Menteri Keuangan Sri Wulandari mengatakan defisit akan tetap di bawah tiga persen.',
    );
    const a = JSON.parse((await run(['extract', '--json', '--lang', 'id', p])).out);
    const b = JSON.parse((await run(['extract', p, '--lang=id', '--json'])).out);
    expect(a).toEqual(b);
    expect(a.statements).toHaveLength(1);
  });
});
