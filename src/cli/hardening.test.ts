import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../services/test-support/cli.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'corr-cli-'));
const STORY = 'Menteri Budi mengatakan harga beras akan turun bulan depan.\n';

describe('read commands and a ledger that is not there', () => {
  it('exit 5 with "no ledger at PATH" and create neither the file nor its folders', async () => {
    const db = path.join(tmp(), 'typo', 'ledger.db');
    for (const argv of [
      ['claims'],
      ['claim', '1'],
      ['articles'],
      ['search', 'beras'],
      ['entity', 'country:ID'],
      ['export', '--format', 'csv'],
      ['feeds', 'list'],
    ]) {
      const r = await runCli(...argv, '--db', db);
      expect(r.code, argv.join(' ')).toBe(5);
      expect(r.err).toContain(`no ledger at ${db}`);
    }
    expect(fs.existsSync(path.dirname(db))).toBe(false);
  });
});

describe('exit codes as the README gives them', () => {
  it('--limit -1, --limit abc and --limit 0 are usage errors (2)', async () => {
    const db = path.join(tmp(), 'l.db');
    const story = path.join(tmp(), 's.txt');
    fs.writeFileSync(story, STORY);
    expect((await runCli('add', story, '--db', db)).code).toBe(0);
    for (const bad of ['-1', 'abc', '0', '2.5']) {
      const r = await runCli('claims', '--db', db, `--limit=${bad}`);
      expect(r.code, bad).toBe(2);
      expect(r.err).toMatch(/--limit wants a whole number/);
    }
    expect((await runCli('search', 'beras', '--db', db, '--limit', 'x')).code).toBe(2);
    expect((await runCli('claims', '--db', db, '--limit', '5')).code).toBe(0);
  });

  it('add of a refused URL (a private address) exits 4, the network code', async () => {
    const r = await runCli('add', 'http://127.0.0.1:9/news.html', '--db', path.join(tmp(), 'n.db'));
    expect(r.code).toBe(4);
  });

  it('serve on a port in use is one clear line and exit 2, not an internal error', async () => {
    const busy = net.createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    const port = (busy.address() as net.AddressInfo).port;
    try {
      const r = await runCli('serve', '--db', path.join(tmp(), 's.db'), '--port', String(port));
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/already in use.*--port/)]);
    } finally {
      busy.close();
    }
  });
});

describe('what add keeps', () => {
  it('stores only http and https links as an article URL, not javascript: or data: from a manifest', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'a.txt'), STORY);
    fs.writeFileSync(path.join(dir, 'b.txt'), STORY.replace('beras', 'gula'));
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify([
        { file: 'a.txt', url: 'javascript:alert(1)' },
        { file: 'b.txt', url: 'data:text/html,<b>x</b>' },
      ]),
    );
    const db = path.join(dir, 'm.db');
    expect((await runCli('add', dir, '--db', db)).code).toBe(0);
    const list = JSON.parse((await runCli('articles', '--db', db, '--json')).out) as {
      articles: Array<{ url: string | null }>;
    };
    expect(list.articles.map((a) => a.url)).toEqual([null, null]);
  });

  it('exports a title that begins with "=" as text, not as a spreadsheet formula', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'a.txt'), STORY);
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify([{ file: 'a.txt', title: '=HYPERLINK("x")' }]),
    );
    const db = path.join(dir, 'x.db');
    await runCli('add', dir, '--db', db);
    const csv = (await runCli('export', '--format', 'csv', '--db', db)).out;
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK|,"=HYPERLINK/);
  });
});

describe('a closed standard output', () => {
  it('ends the command quietly with exit 0 (`corroborate extract … | head -c 1`)', () => {
    const text = path.join(tmp(), 'long.txt');
    fs.writeFileSync(text, STORY.repeat(200));
    const r = spawnSync(
      'bash',
      [
        '-c',
        `node --import tsx src/services/test-support/cli-main.ts extract "${text}" --json | head -c 1 >/dev/null; echo "exit \${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(r.stdout.trim()).toBe('exit 0');
    expect(r.stderr).toBe('');
  });
});
