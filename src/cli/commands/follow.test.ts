import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NATUNA } from '../../services/test-support/articles.js';
import { runCli as run } from '../../services/test-support/cli.js';

describe('corroborate follow', () => {
  it('follows a claim, lists and removes the follow', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corr-cli-'));
    const db = path.join(dir, 'ledger.db');
    fs.writeFileSync(path.join(dir, 'ships.html'), NATUNA.claim);
    expect((await run('add', path.join(dir, 'ships.html'), '--db', db)).code).toBe(0);
    const made = await run('follow', '1', '--json', '--db', db);
    expect(made.code).toBe(0);
    expect(JSON.parse(made.out)).toMatchObject({
      created: true,
      follow: { id: 1, kind: 'claim', target: '1', stdout: true, webhook: null },
    });
    expect((await run('follow', '1', '--db', db)).out).toMatch(/^already following claim 1/);
    const hooked = await run(
      'follow',
      'Malaysia',
      '--webhook',
      'http://127.0.0.1:9/hook',
      '--allow-private',
      '--db',
      db,
    );
    expect(hooked.out).toMatch(
      /^following entity country:MY \(Malaysia\) as #2; alerts go to http:\/\/127.0.0.1:9\/hook\n$/,
    );
    const list = JSON.parse((await run('follow', 'list', '--json', '--db', db)).out);
    expect(list.follows.map((f: { id: number; kind: string }) => [f.id, f.kind])).toEqual([
      [1, 'claim'],
      [2, 'entity'],
    ]);
    expect((await run('follow', 'remove', '2', '--db', db)).out).toBe(
      'no longer following entity country:MY\n',
    );
  });

  it('says what it cannot follow', async () => {
    const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corr-cli-')), 'ledger.db');
    expect(await run('follow', '42', '--db', db)).toMatchObject({
      code: 3,
      err: expect.stringContaining('no claim 42'),
    });
    expect(await run('follow', 'remove', '42', '--db', db)).toMatchObject({ code: 3 });
    expect(await run('follow', '--db', db)).toMatchObject({ code: 2 });
  });
});
