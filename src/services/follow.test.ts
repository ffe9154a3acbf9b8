import { afterEach, describe, expect, it } from 'vitest';
import { htmlToArticle } from '../sources/html.js';
import { RobotsCache } from '../sources/robots-cache.js';
import { addFeeds } from './feeds.js';
import { addFollow, checkFollows, deliverTo, type Deliver } from './follow.js';
import { NATUNA } from './test-support/articles.js';
import { fakeClock, openTestLedger, type TestLedger } from './test-support/ledger.js';
import { startNewsServer, type NewsServer } from './test-support/news-server.js';
import { startWebhookServer, type WebhookServer } from './test-support/webhook-server.js';
import { Watcher } from './watch.js';
import { iso } from './watch-schedule.js';

let t: TestLedger | undefined;
let hook: WebhookServer | undefined;
let site: NewsServer | undefined;
afterEach(async () => {
  await t?.close();
  await hook?.close();
  await site?.close();
  t = hook = site = undefined;
});

const add = (html: string, url: string) =>
  t!.ledger.add({ ...htmlToArticle(html, url), published: '2024-05-06' });

/** A ledger holding the claim that Malaysia sent warships, and that claim's id. */
async function withClaim() {
  t = openTestLedger();
  const r = await add(NATUNA.claim, 'https://navy.example/ships');
  expect(r.claims).toHaveLength(1);
  return r.claims[0]!;
}

function capture(clock = fakeClock()): Deliver & { lines: string[]; clock: ReturnType<typeof fakeClock> } {
  const lines: string[] = [];
  return { ...deliverTo((l) => lines.push(l)), now: clock.now, lines, clock };
}

describe('following a claim', () => {
  it('raises exactly one denial alert when a denial is added, and posts it to the webhook', async () => {
    const claim = await withClaim();
    hook = await startWebhookServer();
    const out = capture();
    const { follow } = await addFollow(t!.store, t!.feeds, String(claim), {
      webhook: hook.url,
      allowPrivate: true,
      at: iso(out.now!()),
    });
    expect(follow).toMatchObject({ kind: 'claim', target: String(claim), stdout: false });
    expect((await checkFollows(t!.store, t!.feeds, out)).raised).toEqual([]);

    const r = await add(NATUNA.denial, 'https://bakamla.example/bantah');
    expect(r.claims).toContain(claim);
    const check = await checkFollows(t!.store, t!.feeds, out, { touched: r.claims });
    expect(check.raised.map((a) => a.kind)).toEqual(['denial']);
    expect(check).toMatchObject({ delivered: 1, failed: 0 });
    const [body] = hook.accepted();
    expect(body).toMatchObject({
      id: check.raised[0]!.id,
      kind: 'denial',
      follow: { id: follow.id, kind: 'claim' },
      claim: { id: claim, stances: { deny: 1 } },
      change: { from: 0, to: 1 },
      statements: [{ stance: 'deny', speaker: expect.stringContaining('Dedi Prasetyo') }],
    });
    expect(hook.received[0]!.headers['x-corroborate-alert']).toBe(String(check.raised[0]!.id));
    // nothing new: no second alert, nothing sent again
    expect((await checkFollows(t!.store, t!.feeds, out)).raised).toEqual([]);
    expect(hook.received).toHaveLength(1);
    expect(out.lines).toEqual([]);
  });

  it('raises a confirmation alert on a new independent source and a figure alert on a new figure, printed on standard output', async () => {
    const claim = await withClaim();
    const out = capture();
    await addFollow(t!.store, t!.feeds, String(claim), { at: iso(out.now!()) });
    const r = await add(NATUNA.confirmation, 'https://coastguard.example/ships');
    const check = await checkFollows(t!.store, t!.feeds, out, { touched: r.claims });
    expect(check.raised.map((a) => a.kind)).toEqual(['confirmation', 'figure']);
    const printed = out.lines.map((l) => JSON.parse(l) as { kind: string; change: Record<string, unknown> });
    expect(printed[0]!.change).toEqual({ from: 1, to: 2 });
    expect(printed[1]!.change.figures).toEqual([
      expect.objectContaining({ value: 7, speaker: 'Jay Tarriela' }),
    ]);
    expect(out.lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
  });

  it('retries a failing webhook with backoff until it takes the alert, once', async () => {
    const claim = await withClaim();
    hook = await startWebhookServer(2);
    const out = capture();
    await addFollow(t!.store, t!.feeds, String(claim), {
      webhook: hook.url,
      allowPrivate: true,
      at: iso(out.now!()),
    });
    const r = await add(NATUNA.denial, 'https://bakamla.example/bantah');
    expect(await checkFollows(t!.store, t!.feeds, out, { touched: r.claims })).toMatchObject({
      delivered: 0,
      failed: 1,
    });
    // not due again yet: nothing is sent
    expect(await checkFollows(t!.store, t!.feeds, out)).toMatchObject({ delivered: 0, failed: 0 });
    out.clock.advance(30_000);
    expect(await checkFollows(t!.store, t!.feeds, out)).toMatchObject({ delivered: 0, failed: 1 });
    out.clock.advance(59_000);
    expect(await checkFollows(t!.store, t!.feeds, out)).toMatchObject({ delivered: 0, failed: 0 });
    out.clock.advance(1_000);
    expect(await checkFollows(t!.store, t!.feeds, out)).toMatchObject({ delivered: 1, failed: 0 });
    expect(hook.received.map((x) => x.status)).toEqual([503, 503, 204]);
    expect(new Set(hook.received.map((x) => x.body.id)).size).toBe(1);
    const [alert] = await t!.feeds.followAlerts(1);
    expect(alert).toMatchObject({ attempts: 3, lastError: null, nextTryAt: null });
    expect(alert!.deliveredAt).not.toBeNull();
  });

  it('refuses a webhook on a private address unless private addresses are allowed', async () => {
    const claim = await withClaim();
    await expect(
      addFollow(t!.store, t!.feeds, String(claim), {
        webhook: 'http://127.0.0.1:9/hook',
        at: iso(Date.now()),
      }),
    ).rejects.toMatchObject({
      code: 'fetch_refused',
    });
    await expect(addFollow(t!.store, t!.feeds, '999', { at: iso(Date.now()) })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('following an entity', () => {
  it('alerts on a denial in a claim the entity takes part in', async () => {
    await withClaim();
    const out = capture();
    const { follow } = await addFollow(t!.store, t!.feeds, 'Malaysia', { at: iso(out.now!()) });
    expect(follow).toMatchObject({ kind: 'entity', target: 'country:MY' });
    const r = await add(NATUNA.denial, 'https://bakamla.example/bantah');
    const check = await checkFollows(t!.store, t!.feeds, out, { touched: r.claims });
    expect(check.raised.map((a) => a.kind)).toEqual(['denial']);
    expect(JSON.parse(out.lines[0]!)).toMatchObject({
      kind: 'denial',
      follow: { kind: 'entity', target: 'country:MY' },
    });
  });
});

describe('the watcher with a follow', () => {
  it('delivers one alert when a watched feed brings the denial', async () => {
    const s = (site = await startNewsServer());
    s.pages.set('/ships', NATUNA.claim);
    s.pages.set('/bantah', NATUNA.denial);
    const feed = s.feed('/rss.xml', 'Berita Laut', [
      { guid: 'ships', link: '/ships', title: 'Malaysia sends more ships' },
    ]);
    hook = await startWebhookServer();
    const clock = fakeClock();
    t = openTestLedger();
    await addFeeds(t.feeds, [s.url('/rss.xml')], { at: iso(clock.now()) });
    const deliver: Deliver = { ...deliverTo(() => {}), now: clock.now };
    const watcher = () =>
      new Watcher(t!.ledger, t!.feeds, {
        allowPrivate: true,
        hostGapMs: 0,
        clock,
        robotsCache: new RobotsCache(),
        afterArticle: async (r) =>
          void (await checkFollows(t!.store, t!.feeds, deliver, { touched: r.claims })),
        afterRound: async () => void (await checkFollows(t!.store, t!.feeds, deliver)),
      });
    await watcher().runOnce();
    const [claim] = (await t.store.listClaims({}, { limit: 1, offset: 0 })).claims;
    await addFollow(t.store, t.feeds, String(claim!.id), {
      webhook: hook.url,
      allowPrivate: true,
      at: iso(clock.now()),
    });
    feed.items.unshift({ guid: 'bantah', link: '/bantah', title: 'Bakamla bantah' });
    clock.advance(3600_000);
    await watcher().runOnce();
    expect(hook.accepted().map((b) => b.kind)).toEqual(['denial']);
  });
});
