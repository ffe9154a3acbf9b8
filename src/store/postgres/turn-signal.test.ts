import pg from 'pg';
import { expect, it } from 'vitest';
import { describeWithPg } from './test-support.js';
import { TURN_CHANNEL, TurnSignal } from './turn-signal.js';

describeWithPg('the ingest turn signal', (admin) => {
  it('wakes a waiting worker at another connection’s NOTIFY, long before its time-out', async () => {
    const signal = new TurnSignal(admin);
    const other = new pg.Client({ connectionString: admin });
    await other.connect();
    try {
      await signal.listen();
      const t0 = Date.now();
      const woke = signal.next(5_000);
      await other.query(`SELECT pg_notify('${TURN_CHANNEL}', '7')`);
      await woke;
      expect(Date.now() - t0).toBeLessThan(2_000);
    } finally {
      await other.end();
      await signal.close();
    }
  });

  it('ends a wait at its time-out when no commit comes, and at once when closed', async () => {
    const signal = new TurnSignal(admin);
    await signal.listen();
    const t0 = Date.now();
    await signal.next(100);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(90);
    const pending = signal.next(60_000);
    await signal.close();
    await pending;
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});
