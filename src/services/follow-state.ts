import { z } from 'zod';
import type { ClaimFigure, ClaimRecord } from '../store/types.js';

/** What a follow last saw of one claim. */
export interface ClaimState {
  deny: number;
  independent: number;
  /** figures already seen, by `figureKey` */
  figures: string[];
}

/** A follow's `last_state`: the claims it watches (one for a claim follow), by id. */
export interface FollowState {
  claims: Record<string, ClaimState>;
}

const ClaimStateSchema = z.object({
  deny: z.number().int().nonnegative(),
  independent: z.number().int().nonnegative(),
  figures: z.array(z.string()),
});
const FollowStateSchema = z.object({ claims: z.record(z.string(), ClaimStateSchema) });

/** The stored state, or null when it is not one (then the follow starts afresh, without alerts). */
export function parseFollowState(value: unknown): FollowState | null {
  const r = FollowStateSchema.safeParse(value);
  return r.success ? r.data : null;
}

export type Change =
  | { kind: 'denial'; from: number; to: number }
  | { kind: 'confirmation'; from: number; to: number }
  | { kind: 'figure'; figures: ClaimFigure[] };

export type ChangeKind = Change['kind'];

/** "12000–15000 troops (planned)": the same amount said again by someone else is not new. */
export function figureKey(f: Pick<ClaimFigure, 'value' | 'max' | 'unit' | 'planned'>): string {
  return `${f.value}${f.max != null ? `–${f.max}` : ''}${f.unit ? ` ${f.unit}` : ''}${f.planned ? ' (planned)' : ''}`;
}

export function claimState(c: ClaimRecord): ClaimState {
  return {
    deny: c.stances.deny,
    independent: c.independentSources,
    figures: [...new Set(c.figures.map(figureKey))].sort(),
  };
}

/**
 * A claim that joins an entity follow later is news in full: its denials and figures count, and
 * every independent source after the first is a confirmation.
 */
export const NEW_CLAIM: ClaimState = { deny: 0, independent: 1, figures: [] };

/**
 * The changes worth an alert from `prev` to the claim as it is now: more denials, more independent
 * sources, figures not seen before. Counts that went down (a reprocessed article) raise nothing.
 */
export function claimChanges(prev: ClaimState, c: ClaimRecord): { state: ClaimState; changes: Change[] } {
  const state = claimState(c);
  const changes: Change[] = [];
  if (state.deny > prev.deny) changes.push({ kind: 'denial', from: prev.deny, to: state.deny });
  if (state.independent > prev.independent)
    changes.push({ kind: 'confirmation', from: prev.independent, to: state.independent });
  const seen = new Set(prev.figures);
  const fresh = new Map<string, ClaimFigure>();
  for (const f of c.figures) {
    const k = figureKey(f);
    if (!seen.has(k) && !fresh.has(k)) fresh.set(k, f);
  }
  if (fresh.size) changes.push({ kind: 'figure', figures: [...fresh.values()] });
  // figures seen once stay seen, so one that drops out and comes back is not news twice
  return { state: { ...state, figures: [...new Set([...prev.figures, ...state.figures])].sort() }, changes };
}
