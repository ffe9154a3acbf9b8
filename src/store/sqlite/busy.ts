/**
 * Waiting for the write lock without blocking the event loop. SQLite lets one connection write
 * at a time; `busy_timeout` makes the others wait inside the call, which in `serve` stalls every
 * request for as long. So the connection waits only a few milliseconds in SQLite
 * (BUSY_TIMEOUT_MS) and a write that still finds the ledger busy is tried again after an
 * asynchronous back-off (5 ms doubling to 250 ms, with jitter), for up to two minutes: two
 * `add` processes, `watch` and `serve` take turns instead of failing with "database is locked".
 */
export const BUSY_TIMEOUT_MS = 20;

const isBusy = (e: unknown): boolean => /^SQLITE_BUSY/.test(String((e as { code?: unknown })?.code ?? ''));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function whenFree<T>(fn: () => T, maxWaitMs = 120_000): Promise<T> {
  const deadline = Date.now() + maxWaitMs;
  for (let delay = 5; ; delay = Math.min(delay * 2, 250)) {
    try {
      return fn();
    } catch (e) {
      if (!isBusy(e) || Date.now() > deadline) throw e;
    }
    await sleep(delay / 2 + Math.random() * delay);
  }
}
