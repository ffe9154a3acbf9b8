import type { Correction, StatementKey, Verdict } from '../domain/correction.js';
import { CorroborateError } from '../domain/errors.js';
import type { NewCorrection } from './correction-row.js';
import type { Who } from './corrections-port.js';

/*
 * What the correction log records for each thing an analyst does: pure functions from what the
 * store read (a statement's head, a claim, the correction being undone) to the row it writes.
 * SQLite (synchronous) and PostgreSQL (asynchronous) differ only in how they read and write, so
 * the use cases are told once here and both stores record the same thing.
 */

/** what a store reads of a statement before correcting it */
export interface StatementHead {
  key: StatementKey;
  articleId: number;
  claimIds: number[];
  stance: string;
  speaker: { name: string; entityId: string | null };
  content: string;
}

export interface StatementChange {
  stance?: string;
  speaker?: { name: string; entityId: string | null };
  notStatement?: boolean;
}

/** what the store read, or a not-found error naming it ('statement 12') */
export function found<T>(v: T | null | undefined, what: string, id: number): T {
  if (v === null || v === undefined) throw new CorroborateError('not_found', `no ${what} ${id}`);
  return v;
}

const signed = (who: Who) => ({ by: who.by, reason: who.reason ?? null });

/** one correction a field the analyst changed; none changed is a usage error */
export function statementCorrections(s: StatementHead, change: StatementChange, who: Who): NewCorrection[] {
  const base = { ...signed(who), statement: s.key, contextClaim: s.claimIds[0] ?? null };
  const out: NewCorrection[] = [];
  if (change.stance !== undefined)
    out.push({ ...base, field: 'stance', oldValue: s.stance, newValue: change.stance });
  if (change.speaker !== undefined)
    out.push({ ...base, field: 'speaker', oldValue: s.speaker, newValue: change.speaker });
  if (change.notStatement !== undefined)
    out.push({ ...base, field: 'not-statement', oldValue: false, newValue: change.notStatement });
  if (!out.length)
    throw new CorroborateError('usage', 'nothing to correct: give a stance, a speaker or not-a-statement');
  return out;
}

/** the label of a new claim a statement is moved to: the analyst's, or the statement's words */
export const newClaimLabel = (s: StatementHead, label: string | null): string =>
  label ?? s.content.slice(0, 120);

export function moveCorrection(
  s: StatementHead,
  target: { id: number; label: string },
  who: Who,
): NewCorrection {
  return {
    ...signed(who),
    field: 'move',
    statement: s.key,
    claimId: target.id,
    contextClaim: s.claimIds[0] ?? null,
    oldValue: s.claimIds[0] !== undefined ? { claimId: s.claimIds[0] } : null,
    newValue: { claimId: target.id, label: target.label },
  };
}

export function checkMerge(keep: number, other: number): void {
  if (keep === other) throw new CorroborateError('usage', 'a claim cannot be merged into itself');
}

export function mergeCorrection(
  keep: number,
  other: { id: number; label: string },
  statements: StatementKey[],
  who: Who,
): NewCorrection {
  return {
    ...signed(who),
    field: 'merge',
    claimId: keep,
    otherId: String(other.id),
    oldValue: { claimId: other.id, label: other.label },
    newValue: { claimId: keep, statements },
  };
}

export function labelCorrection(
  claim: { id: number; label: string },
  label: string,
  who: Who,
): NewCorrection {
  return { ...signed(who), field: 'label', claimId: claim.id, oldValue: claim.label, newValue: label };
}

/** a verdict replaces the one in force (the newest not undone), kept as the old value */
export function verdictCorrection(
  claimId: number,
  claimLog: Correction[],
  verdict: Omit<Verdict, 'by' | 'at'>,
  who: Who,
  at = new Date(),
): NewCorrection {
  const prior = claimLog
    .filter((c) => c.field === 'verdict' && c.claimId === claimId && c.undoneBy === null)
    .pop();
  return {
    ...signed(who),
    field: 'verdict',
    claimId,
    oldValue: prior?.newValue ?? null,
    newValue: { ...verdict, by: who.by, at: at.toISOString() },
  };
}

export function independenceCorrection(root: string, other: string, same: boolean, who: Who): NewCorrection {
  return { ...signed(who), field: 'independence', otherId: other, oldValue: null, newValue: { root, same } };
}

/** correction `id` read as `c` can be undone: it exists, is no undo itself and is in force */
export function checkUndoable(id: number, c: Correction | null): asserts c is Correction {
  if (!c) throw new CorroborateError('not_found', `no correction ${id}`);
  if (c.field === 'undo') throw new CorroborateError('usage', `correction ${id} is itself an undo`);
  if (c.undoneBy !== null)
    throw new CorroborateError('usage', `correction ${id} was already undone by ${c.undoneBy}`);
}

/** the undo of `c`: its new value becomes the old one again */
export function undoCorrection(c: Correction, who: Who): NewCorrection {
  return {
    ...signed(who),
    field: 'undo',
    claimId: c.claimId,
    contextClaim: c.claimId ?? null,
    undoes: c.id,
    oldValue: c.newValue,
    newValue: c.oldValue,
  };
}

/** the claims a correction reached (its claim, and the other one of a merge) */
export function claimsOf(c: Correction): number[] {
  return [c.claimId, c.otherId && /^\d+$/.test(c.otherId) ? Number(c.otherId) : null].filter(
    (x): x is number => x !== null,
  );
}

/** the two source roots an independence correction names */
export const rootsOf = (c: Correction): [string | null, string] => [
  c.otherId,
  (c.newValue as { root: string }).root,
];
