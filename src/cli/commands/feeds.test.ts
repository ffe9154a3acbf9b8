import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../../services/test-support/cli.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'corr-cli-'));

describe('corroborate feeds', () => {
  it('adds, lists and removes feeds, in JSON too', async () => {
    const dir = tmp();
    const db = path.join(dir, 'ledger.db');
    const opml = path.join(dir, 'feeds.opml');
    fs.writeFileSync(
      opml,
      '<opml version="2.0"><body><outline text="Daily" xmlUrl="https://daily.example/feed.xml"/></body></opml>',
    );
    const added = await run(
      'feeds',
      'add',
      'https://kabar.example/rss',
      opml,
      '--interval',
      '30m',
      '--db',
      db,
    );
    expect(added).toMatchObject({ code: 0, out: 'added 2 feed(s), 0 already there\n' });
    const list = await run('feeds', 'list', '--json', '--db', db);
    expect(
      JSON.parse(list.out).feeds.map((f: { url: string; intervalS: number }) => [f.url, f.intervalS]),
    ).toEqual([
      ['https://kabar.example/rss', 1800],
      ['https://daily.example/feed.xml', 1800],
    ]);
    expect((await run('feeds', 'remove', 'https://kabar.example/rss', '--db', db)).out).toMatch(
      /^removed feed #1 https:\/\/kabar.example\/rss/,
    );
    expect((await run('feeds', 'list', '--db', db)).out).toBe(
      '1 feed(s)\n#2  https://daily.example/feed.xml  0/0 items in the ledger  (not polled yet)\n',
    );
  });

  it('answers a wrong use with the usage and exit code 2, a missing feed with 3', async () => {
    const db = path.join(tmp(), 'ledger.db');
    expect(await run('feeds', 'frobnicate', '--db', db)).toMatchObject({
      code: 2,
      err: expect.stringContaining('usage: corroborate feeds add'),
    });
    expect(await run('feeds', 'add', 'https://x.example/rss', '--interval', '5s', '--db', db)).toMatchObject({
      code: 2,
    });
    expect(await run('feeds', 'remove', '9', '--db', db)).toMatchObject({ code: 5 });
    expect((await run('feeds', 'add', 'https://x.example/rss', '--db', db)).code).toBe(0);
    expect(await run('feeds', 'remove', '9', '--db', db)).toMatchObject({
      code: 3,
      err: 'corroborate feeds: no feed 9 (see `corroborate feeds list`)\n',
    });
  });
});
