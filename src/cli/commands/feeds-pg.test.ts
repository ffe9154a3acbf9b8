import { afterAll, expect, it } from 'vitest';
import { runCli as run } from '../../services/test-support/cli.js';
import { describeWithPg, freshDatabase } from '../../store/postgres/test-support.js';

const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const d of drops) await d();
});

describeWithPg('corroborate feeds on a PostgreSQL ledger', (admin) => {
  it('adds, lists and removes feeds there as on SQLite', async () => {
    const { url, drop } = await freshDatabase(admin);
    drops.push(drop);
    const added = await run('feeds', 'add', 'https://kabar.example/rss', '--interval', '30m', '--db', url);
    expect(added).toMatchObject({ code: 0, out: 'added 1 feed(s), 0 already there\n' });
    const list = await run('feeds', 'list', '--json', '--db', url);
    expect(
      JSON.parse(list.out).feeds.map((f: { url: string; intervalS: number }) => [f.url, f.intervalS]),
    ).toEqual([['https://kabar.example/rss', 1800]]);
    expect((await run('feeds', 'remove', 'https://kabar.example/rss', '--db', url)).code).toBe(0);
    expect(JSON.parse((await run('feeds', 'list', '--json', '--db', url)).out).feeds).toEqual([]);
  }, 60_000);
});
