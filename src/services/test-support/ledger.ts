import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteFeedStore } from '../../store/sqlite/feeds.store.js';
import { SqliteStore } from '../../store/sqlite/store.js';
import { Ledger } from '../ledger.js';
import type { Clock } from '../watch-schedule.js';

/** A clock whose sleeps return at once, having moved time on: schedules run without waiting. */
export function fakeClock(
  start = Date.parse('2024-05-06T08:00:00Z'),
): Clock & { advance(ms: number): void; slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += Math.max(0, ms);
    },
    advance: (ms) => {
      now += ms;
    },
    slept,
  };
}

export interface TestLedger {
  file: string;
  store: SqliteStore;
  ledger: Ledger;
  feeds: SqliteFeedStore;
  close(): Promise<void>;
}

/** A ledger file in a fresh temporary folder, or `file` opened again (a restart). */
export function openTestLedger(
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'corr-watch-')), 'ledger.db'),
): TestLedger {
  const store = new SqliteStore(file);
  return {
    file,
    store,
    ledger: new Ledger(store),
    feeds: new SqliteFeedStore(store.db),
    close: () => store.close(),
  };
}

/** `SELECT count(*)` on the ledger file. */
export const countRows = (t: TestLedger, sql: string, ...params: unknown[]): number =>
  Number((t.store.db.prepare(`SELECT count(*) AS n FROM (${sql})`).get(...params) as { n: number }).n);
