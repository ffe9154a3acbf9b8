/**
 * @module Follows: a claim or an entity someone wants to hear about. After each article, each
 * follow's claims are compared with what it last saw; a new denial, a new independent
 * confirmation or a new figure raises an alert, stored with the new state in one transaction and
 * then delivered (standard output, webhook).
 */
import { CorroborateError } from '../domain/errors.js';
import type { AlertRecord, FeedStore, FollowListing, FollowRecord, NewAlert } from '../store/feeds-port.js';
import type { LedgerStore } from '../store/port.js';
import type { ClaimRecord } from '../store/types.js';
import { deliverDue, type Deliver } from './follow-deliver.js';
import {
  claimChanges,
  claimState,
  NEW_CLAIM,
  parseFollowState,
  type Change,
  type ClaimState,
  type FollowState,
} from './follow-state.js';
import { checkUrl } from '../sources/net/guard.js';

export type { Deliver } from './follow-deliver.js';
export { deliverTo } from './follow-deliver.js';

/** An entity follow watches at most this many of its claims (the most stated first) and statements. */
export const ENTITY_CLAIMS = 500;
export const ENTITY_STATEMENTS = 200;

/** The claims a follow watches now, by id. */
async function watchedClaims(
  store: LedgerStore,
  f: Pick<FollowRecord, 'kind' | 'target'>,
): Promise<number[]> {
  if (f.kind === 'claim') return [Number(f.target)];
  const about = await store.entityClaims(f.target, ENTITY_CLAIMS);
  const said = (await store.entityStatements(f.target, ENTITY_STATEMENTS)).map((s) => s.claimId);
  return [...new Set([...about, ...said])];
}

async function currentState(
  store: LedgerStore,
  f: Pick<FollowRecord, 'kind' | 'target'>,
): Promise<FollowState> {
  const claims: FollowState['claims'] = {};
  for (const id of await watchedClaims(store, f)) {
    const c = await store.getClaim(id);
    if (c) claims[id] = claimState(c);
  }
  return { claims };
}

/** `12` is a claim; anything else an entity id or name ("country:KP", "Korea Utara"). */
async function resolveTarget(
  store: LedgerStore,
  key: string,
): Promise<{ kind: 'claim' | 'entity'; target: string; label: string }> {
  const k = key.trim();
  if (/^\d+$/.test(k)) {
    const c = await store.getClaim(Number(k));
    if (!c) throw new CorroborateError('not_found', `no claim ${k} (see \`corroborate claims\`)`);
    return { kind: 'claim', target: String(c.id), label: c.label };
  }
  const e = await store.getEntity(k);
  if (!e)
    throw new CorroborateError(
      'not_found',
      `no claim or entity "${k}" (a claim is a number; an entity an id such as country:KP or a name)`,
    );
  return { kind: 'entity', target: e.id, label: e.name };
}

export interface FollowOptions {
  webhook?: string | null;
  /** print alerts on standard output; the default when no webhook is given */
  stdout?: boolean;
  allowPrivate?: boolean;
  at: string;
}

/** A webhook URL, judged now by the same address rules as its deliveries will be. */
function webhookUrl(text: string, allowPrivate: boolean): string {
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    throw new CorroborateError('usage', `--webhook wants an http(s) URL, not "${text}"`);
  }
  checkUrl(u, { allowPrivate });
  return u.href;
}

/** Follows a claim or an entity from now on: what it already says raises no alert. */
export async function addFollow(store: LedgerStore, feeds: FeedStore, key: string, opts: FollowOptions) {
  const t = await resolveTarget(store, key);
  const webhook = opts.webhook ? webhookUrl(opts.webhook, !!opts.allowPrivate) : null;
  return feeds.addFollow({
    ...t,
    webhook,
    stdout: opts.stdout ?? !webhook,
    allowPrivate: !!opts.allowPrivate,
    createdAt: opts.at,
    state: await currentState(store, t),
  });
}

export async function listFollows(feeds: FeedStore): Promise<FollowListing[]> {
  return feeds.listFollows();
}

export async function removeFollow(feeds: FeedStore, id: string): Promise<FollowRecord> {
  const f = /^\d+$/.test(id) ? await feeds.getFollow(Number(id)) : null;
  if (!f) throw new CorroborateError('not_found', `no follow ${id} (see \`corroborate follow list\`)`);
  await feeds.removeFollow(f.id);
  return f;
}

/** The statements that brought a change, newest first: what a reader of the alert wants to see. */
async function evidence(store: LedgerStore, c: ClaimRecord, change: Change) {
  const rows = await store.claimStatements(c.id);
  const pick =
    change.kind === 'figure'
      ? rows.filter((r) => change.figures.some((f) => f.statementId === r.id))
      : rows
          .filter((r) => r.linkStance === (change.kind === 'denial' ? 'deny' : 'assert'))
          .sort((a, b) => b.id - a.id)
          .slice(0, Math.max(1, change.to - change.from));
  const out = [];
  for (const r of pick.slice(0, 10))
    out.push({
      id: r.id,
      articleId: r.articleId,
      articleTitle: r.title,
      url: (await store.getArticle(r.articleId))?.url ?? null,
      outlet: r.outlet,
      published: r.published,
      speaker: r.speakerName,
      affiliation: r.affiliation,
      stance: r.linkStance,
      content: r.content,
    });
  return out;
}

async function alertFor(
  store: LedgerStore,
  f: FollowRecord,
  c: ClaimRecord,
  change: Change,
): Promise<NewAlert> {
  const { kind, ...detail } = change;
  return {
    kind,
    payload: {
      schemaVersion: 1,
      kind,
      follow: { id: f.id, kind: f.kind, target: f.target, label: f.label },
      claim: {
        id: c.id,
        label: c.label,
        statements: c.statements,
        stances: c.stances,
        independentSources: c.independentSources,
      },
      change: detail,
      statements: await evidence(store, c, change),
    },
  };
}

/** Compares one follow with the ledger; `touched` limits the claims read again. */
async function evaluate(store: LedgerStore, f: FollowRecord, touched: Set<number> | null) {
  const prev = parseFollowState(f.state);
  if (!prev) return { state: await currentState(store, f), alerts: [] as NewAlert[], changed: true };
  const claims: Record<string, ClaimState> = { ...prev.claims };
  const alerts: NewAlert[] = [];
  let changed = false;
  for (const id of await watchedClaims(store, f)) {
    if (touched && !touched.has(id) && claims[id]) continue;
    const c = await store.getClaim(id);
    if (!c) continue;
    const { state, changes } = claimChanges(claims[id] ?? NEW_CLAIM, c);
    if (JSON.stringify(state) !== JSON.stringify(claims[id])) changed = true;
    claims[id] = state;
    for (const ch of changes) alerts.push(await alertFor(store, f, c, ch));
  }
  return { state: { claims }, alerts, changed };
}

export interface CheckResult {
  raised: AlertRecord[];
  delivered: number;
  failed: number;
}

/**
 * The hook to run after articles are added (`corroborate add`, the watcher): raises the alerts
 * the ledger's changes call for, then delivers every alert that is due, older undelivered ones
 * included. Pass `touched` (the claims the new articles changed) to read only those again.
 */
export async function checkFollows(
  store: LedgerStore,
  feeds: FeedStore,
  deliver: Deliver,
  opts: { touched?: number[] } = {},
): Promise<CheckResult> {
  const now = deliver.now ?? Date.now;
  const touched = opts.touched ? new Set(opts.touched) : null;
  const raised: AlertRecord[] = [];
  for (const f of await feeds.listFollows()) {
    if (touched && f.kind === 'claim' && !touched.has(Number(f.target))) continue;
    const r = await evaluate(store, f, touched);
    if (r.alerts.length || r.changed)
      raised.push(...(await feeds.recordAlerts(f.id, r.state, r.alerts, new Date(now()).toISOString())));
  }
  return { raised, ...(await deliverDue(feeds, deliver)) };
}
