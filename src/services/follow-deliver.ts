import type { AlertRecord, FeedStore, FollowRecord } from '../store/feeds-port.js';
import { backoffMs, iso } from './watch-schedule.js';
import { postJson } from './webhook.js';

/** Where alerts go: standard output and webhooks. Tests and other front ends pass their own. */
export interface Deliver {
  /** writes one line (an alert as JSON, with its newline) */
  print(line: string): void;
  /** POSTs an alert; throws when the webhook did not take it */
  post(
    url: string,
    alert: Record<string, unknown>,
    opts: { allowPrivate: boolean; id: number },
  ): Promise<void>;
  /** lets every webhook reach private addresses (`watch --allow-private`) */
  allowPrivate?: boolean;
  now?: () => number;
}

export const DELIVERY = {
  /** 30 s, 1 min, 2 min ... 1 h between tries; given up after 12 tries (about 8 hours) */
  retryBaseMs: 30_000,
  maxBackoffMs: 3600_000,
  attempts: 12,
  timeoutMs: 10_000,
} as const;

/** Standard output through `out`, webhooks through the guarded POST. */
export function deliverTo(
  out: (line: string) => void,
  opts: { allowPrivate?: boolean; timeoutMs?: number } = {},
): Deliver {
  return {
    print: out,
    allowPrivate: !!opts.allowPrivate,
    async post(url, alert, p) {
      await postJson(url, alert, {
        allowPrivate: p.allowPrivate,
        timeoutMs: opts.timeoutMs ?? DELIVERY.timeoutMs,
        // lets a receiver drop a retry it has already taken
        headers: { 'x-corroborate-alert': String(p.id) },
      });
    },
  };
}

/** The JSON an alert is delivered as: its id first, then what was stored. */
export const alertBody = (a: AlertRecord): Record<string, unknown> => ({
  id: a.id,
  ...a.payload,
  createdAt: a.createdAt,
});

/**
 * Delivers alerts that are due: printed once (a follow with `stdout`), then POSTed to the
 * follow's webhook until it answers 2xx, with backoff between tries across runs. An alert is
 * stored before any delivery, so one that could not go out is tried again on the next run.
 */
export async function deliverDue(
  feeds: FeedStore,
  deliver: Deliver,
  limit = 200,
): Promise<{ delivered: number; failed: number }> {
  const now = deliver.now ?? Date.now;
  const follows = new Map<number, FollowRecord | null>();
  let delivered = 0;
  let failed = 0;
  for (const alert of await feeds.pendingAlerts(iso(now()), limit)) {
    if (!follows.has(alert.followId)) follows.set(alert.followId, await feeds.getFollow(alert.followId));
    const follow = follows.get(alert.followId);
    if (!follow) continue;
    const body = alertBody(alert);
    if (follow.stdout && !alert.printedAt) {
      deliver.print(`${JSON.stringify(body)}\n`);
      await feeds.alertPrinted(alert.id, iso(now()));
    }
    if (follow.webhook) {
      try {
        await deliver.post(follow.webhook, body, {
          allowPrivate: follow.allowPrivate || !!deliver.allowPrivate,
          id: alert.id,
        });
      } catch (e) {
        const tries = alert.attempts + 1;
        const next =
          tries >= DELIVERY.attempts
            ? null
            : iso(now() + backoffMs(tries, DELIVERY.retryBaseMs, DELIVERY.maxBackoffMs));
        await feeds.alertFailed(alert.id, {
          error: e instanceof Error ? e.message : String(e),
          nextTryAt: next,
        });
        failed++;
        continue;
      }
    }
    await feeds.alertDelivered(alert.id, iso(now()));
    delivered++;
  }
  return { delivered, failed };
}
