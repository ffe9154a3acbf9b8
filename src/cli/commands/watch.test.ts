import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { newsArticle } from '../../services/test-support/articles.js';
import { startNewsServer, type NewsServer } from '../../services/test-support/news-server.js';
import { runCli as run } from '../../services/test-support/cli.js';
import { main } from '../main.js';

let site: NewsServer | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

const aLedger = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corr-cli-')), 'ledger.db');
/** `watch` once over both test feeds, on the local test server, no pause between hosts */
const watchBothOnce = (s: NewsServer) => [
  'watch',
  s.url('/feed/0.xml'),
  s.url('/feed/1.xml'),
  '--once',
  '--allow-private',
  '--host-gap',
  '0',
];

async function twoFeeds() {
  const s = (site = await startNewsServer());
  for (const f of [0, 1]) {
    const a = newsArticle(f, 0);
    s.pages.set(`/a/${f}`, a.html);
    s.feed(`/feed/${f}.xml`, `Kabar ${f}`, [{ guid: `g${f}`, link: `/a/${f}`, title: a.title }]);
  }
  return s;
}

describe('corroborate watch', () => {
  it('adds the feeds given, polls them once and prints a JSON summary line', async () => {
    const s = await twoFeeds();
    const db = aLedger();
    const r = await run(...watchBothOnce(s), '--json', '--db', db);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      schemaVersion: 1,
      summary: expect.objectContaining({ polls: 2, newItems: 2, added: 2, feedErrors: 0 }),
    });
    // a second run finds the feeds unchanged
    const again = await run(
      'watch',
      '--once',
      '--allow-private',
      '--host-gap',
      '0',
      '--interval',
      '1m',
      '--db',
      db,
    );
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/0 polls .* 0 articles added/);
  });

  it('logs failures on standard error and exits 1 from --once when something failed', async () => {
    const s = await twoFeeds();
    s.feeds.get('/feed/1.xml')!.html = true;
    const db = aLedger();
    const r = await run(...watchBothOnce(s), '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `feed #2 ${s.url('/feed/1.xml')}: ${s.url('/feed/1.xml')} is a web page, not a feed`,
    );
    expect(r.err).toMatch(/^added #1 /m);
    expect(r.err).toMatch(/2 polls \(0 unchanged, 1 failed\), 1 new items, 1 articles added/);
  });

  it('draws one progress line on a terminal', async () => {
    const s = await twoFeeds();
    const db = aLedger();
    let err = '';
    const io = { out: () => {}, err: (t: string) => void (err += t), tty: true };
    const code = await main([...watchBothOnce(s), '--db', db], io);
    expect(code).toBe(0);
    expect(err).toContain('\rwatch: 2 feeds · 2/2 polled · 2 added · 0 errors · added #2 ');
    expect(err.split('\n').filter((l) => l.startsWith('added #'))).toEqual([]);
  });

  it('refuses feeds on private addresses unless allowed, and an empty watch list', async () => {
    const s = await twoFeeds();
    const db = aLedger();
    expect(await run('watch', '--once', '--db', db)).toMatchObject({
      code: 2,
      err: expect.stringContaining('no feeds to watch'),
    });
    const r = await run('watch', s.url('/feed/0.xml'), '--once', '--host-gap', '0', '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toContain('127.0.0.1 is a loopback address (use --allow-private to allow it)');
    expect(s.log).toEqual([]);
  });
});

describe('corroborate watch as a process', () => {
  it('stops cleanly on SIGTERM with its summary, after the article in hand', async () => {
    const s = await twoFeeds();
    const db = aLedger();
    const main = fileURLToPath(new URL('../../services/test-support/cli-main.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        main,
        'watch',
        s.url('/feed/0.xml'),
        s.url('/feed/1.xml'),
        '--allow-private',
        '--host-gap',
        '0',
        '--db',
        db,
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let err = '';
    let sent = false;
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
      if (!sent && (err.match(/^added #/gm) ?? []).length === 2) sent = child.kill('SIGTERM');
    });
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
      child.on('close', (c, s) => resolve([c, s])),
    );
    expect(err).toMatch(/watched for \d+ s: 2 polls .* 2 articles added/);
    expect([code, signal]).toEqual([0, null]);
  });
});
