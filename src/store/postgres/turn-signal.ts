import pg from 'pg';

/** The channel a commit notifies when the ingest turn moved on (payload: the next turn). */
export const TURN_CHANNEL = 'corroborate_turn';

/**
 * Wakes a worker waiting for its turn the moment another worker's commit moves the turn on,
 * instead of polling: one LISTEN connection per process, opened on first use. A wait also ends
 * after `ms` at the latest, so a lost connection or a turn that never comes (a job nobody took)
 * is still noticed; the caller then looks again.
 *
 *   const woke = signal.next(250); // before reading the turn, so a NOTIFY in between is not missed
 *   if (turn < mine) await woke;
 */
export class TurnSignal {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private readonly waiters = new Set<() => void>();
  private closed = false;

  constructor(private readonly url: string) {}

  private wake(): void {
    const ws = [...this.waiters];
    this.waiters.clear();
    for (const w of ws) w();
  }

  /** Opens the LISTEN connection; a failure leaves the waits to their time-outs. */
  async listen(): Promise<void> {
    if (this.closed) return;
    this.connecting ??= (async () => {
      const c = new pg.Client({ connectionString: this.url });
      const lost = () => {
        if (this.client === c) this.client = null;
        this.connecting = null;
        this.wake();
      };
      c.on('error', lost);
      c.on('end', lost);
      c.on('notification', () => this.wake());
      try {
        await c.connect();
        await c.query(`LISTEN ${TURN_CHANNEL}`);
        this.client = c;
      } catch {
        lost();
        await c.end().catch(() => undefined);
      }
    })();
    return this.connecting;
  }

  /** Resolves at the next notification, or after `ms`. */
  next(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake();
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => undefined);
  }
}
