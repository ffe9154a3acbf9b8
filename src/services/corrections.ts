import { STANCES, type Correction, type Verdict } from '../domain/correction.js';
import { CorroborateError } from '../domain/errors.js';
import { foldCorrections } from '../ledger/corrections.js';
import type { CorrectionStore, Who } from '../store/corrections-port.js';
import type { LedgerStore } from '../store/port.js';
import { correctionStoreOf } from '../store/open.js';
import type { Ledger } from './ledger.js';
import { articleDetail, claimDetail } from './query.js';
import { checkRating } from './ratings.js';

export const corrections = (store: LedgerStore): CorrectionStore => correctionStoreOf(store);

export interface StatementChange {
  stance?: string;
  speaker?: string;
  speakerEntity?: string;
  notStatement?: boolean;
}

/** Checks a statement correction and hands it to the store (one transaction). */
export async function correctStatement(store: LedgerStore, id: number, ch: StatementChange, who: Who) {
  if (ch.stance !== undefined && !(STANCES as readonly string[]).includes(ch.stance))
    throw new CorroborateError('usage', `stance must be one of: ${STANCES.join(', ')}`);
  if (ch.speaker !== undefined && ch.speakerEntity !== undefined)
    throw new CorroborateError('usage', 'give a speaker name or a speaker entity, not both');
  let speaker: { name: string; entityId: string | null } | undefined;
  if (ch.speakerEntity !== undefined) {
    const e = await store.getEntity(ch.speakerEntity);
    if (!e) throw new CorroborateError('not_found', `no entity ${ch.speakerEntity}`);
    speaker = { name: e.name, entityId: e.id };
  } else if (ch.speaker !== undefined) {
    if (!ch.speaker.trim()) throw new CorroborateError('usage', 'the speaker name is empty');
    speaker = { name: ch.speaker.trim(), entityId: null };
  }
  return corrections(store).correctStatement(
    id,
    {
      ...(ch.stance !== undefined ? { stance: ch.stance } : {}),
      ...(speaker ? { speaker } : {}),
      ...(ch.notStatement !== undefined ? { notStatement: ch.notStatement } : {}),
    },
    who,
  );
}

export async function giveVerdict(
  store: LedgerStore,
  claimId: number,
  v: { rating: string; note?: string | null; status?: Verdict['status'] },
  who: Who,
) {
  return corrections(store).setVerdict(
    claimId,
    { rating: checkRating(v.rating), note: v.note ?? null, status: v.status ?? 'new' },
    who,
  );
}

/** Undoes a correction and re-reads what it reached, so the machine's reading (and other corrections) come back. */
export async function undoCorrection(ledger: Ledger, id: number, who: Who) {
  const cs = corrections(ledger.store);
  const r = await cs.undo(id, who);
  if (r.articleIds.length) {
    await cs.markStale(r.articleIds);
    await ledger.reprocess();
  }
  return r.undo;
}

/** After the machine re-read an article: lay the analyst's corrections back over it. */
export async function reapplyCorrections(store: LedgerStore, articleIds?: number[]) {
  return corrections(store).apply(articleIds);
}

/** The claim's verdict in force, or null. */
export function verdictOf(all: Correction[], claimId: number): Verdict | null {
  return foldCorrections(all).verdicts.get(claimId) ?? null;
}

/**
 * A claim as `claim --json` and the API show it: each statement with `corrected` and the ids of
 * the corrections in force on it, the claim with its `verdict` (or null) and `history`.
 */
export async function correctedClaim(store: LedgerStore, id: number) {
  const { claim } = await claimDetail(store, id);
  const cs = corrections(store);
  const fixed = await cs.correctedStatements(claim.statements.map((s) => s.id));
  const history = await cs.forClaim(id);
  return {
    claim: {
      ...claim,
      statements: claim.statements.map((s) => ({
        ...s,
        corrected: fixed.has(s.id),
        corrections: fixed.get(s.id) ?? [],
      })),
      verdict: verdictOf(await cs.all(), id),
      corrected: history.some((c) => c.undoneBy === null && c.field !== 'undo'),
      history,
    },
  };
}

/** An article as the API shows it: each statement with `corrected` and its corrections in force. */
export async function correctedArticle(store: LedgerStore, id: number) {
  const { article } = await articleDetail(store, id);
  const fixed = await corrections(store).correctedStatements(article.statements.map((s) => s.id));
  return {
    article: {
      ...article,
      statements: article.statements.map((s) => ({
        ...s,
        corrected: fixed.has(s.id),
        corrections: fixed.get(s.id) ?? [],
      })),
    },
  };
}
