import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteFeedStore } from './feeds.store.js';
import { SqliteStore } from './store.js';

const ledgerFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corr-busy-')), 'l.db');

describe('a writer that finds the ledger busy', () => {
  it('waits for the lock without blocking the event loop, then writes', async () => {
    const file = ledgerFile();
    const holder = new SqliteStore(file);
    const waiter = new SqliteStore(file);
    try {
      // another process (here another connection) is writing
      holder.db.exec('BEGIN IMMEDIATE');
      const ticks: number[] = [];
      const timer = setInterval(() => ticks.push(Date.now()), 10);
      const write = waiter.batch(async () => {
        await new SqliteFeedStore(waiter.db).addFeed({
          url: 'https://x.example/rss',
          title: null,
          intervalS: null,
          at: '2024-05-06T08:00:00Z',
        });
        return 'written';
      });
      // the holder lets go 300 ms later: only possible if the waiter does not block this thread
      await new Promise((r) => setTimeout(r, 300));
      holder.db.exec('COMMIT');
      expect(await write).toBe('written');
      clearInterval(timer);
      expect(ticks.length).toBeGreaterThan(10);
      expect(Math.max(...ticks.slice(1).map((t, i) => t - ticks[i]!))).toBeLessThan(200);
      expect(holder.db.prepare('SELECT count(*) AS n FROM feeds').get()).toEqual({ n: 1 });
    } finally {
      await waiter.close();
      await holder.close();
    }
  });

  it('retries a single write (a feed poll recorded by the watcher) the same way', async () => {
    const file = ledgerFile();
    const holder = new SqliteStore(file);
    const waiter = new SqliteStore(file);
    try {
      holder.db.exec('BEGIN IMMEDIATE');
      const write = new SqliteFeedStore(waiter.db).addFeed({
        url: 'https://y.example/rss',
        title: null,
        intervalS: null,
        at: '2024-05-06T08:00:00Z',
      });
      setTimeout(() => holder.db.exec('COMMIT'), 200);
      await expect(write).resolves.toMatchObject({ created: true });
    } finally {
      await waiter.close();
      await holder.close();
    }
  });
});
