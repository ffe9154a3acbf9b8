import type { Correction, Verdict } from '../domain/correction.js';

export interface Who {
  by: string;
  reason?: string | null;
}

/**
 * The analyst's corrections beside a ledger. Each write is one transaction that reads the old
 * value, logs the correction and applies it, so two analysts writing at once never lose one.
 */
export interface CorrectionStore {
  correctStatement(
    statementId: number,
    change: { stance?: string; speaker?: { name: string; entityId: string | null }; notStatement?: boolean },
    who: Who,
  ): Promise<Correction[]>;
  moveStatement(
    statementId: number,
    /** a claim, or a new one labelled `newClaim` (null: the statement's words) */
    to: { claimId: number } | { newClaim: string | null },
    who: Who,
  ): Promise<Correction>;
  mergeClaims(keep: number, other: number, who: Who): Promise<Correction>;
  labelClaim(claimId: number, label: string, who: Who): Promise<Correction>;
  setVerdict(claimId: number, verdict: Omit<Verdict, 'by' | 'at'>, who: Who): Promise<Correction>;
  /** two source roots are the same origin (or, `same: false`, independent again) */
  sourceIndependence(root: string, other: string, same: boolean, who: Who): Promise<Correction>;
  /** marks a correction undone; returns the articles to re-read so the machine's reading comes back */
  undo(id: number, who: Who): Promise<{ undo: Correction; articleIds: number[] }>;
  get(id: number): Promise<Correction | null>;
  forClaim(claimId: number): Promise<Correction[]>;
  all(): Promise<Correction[]>;
  orphaned(): Promise<Correction[]>;
  /** statement id -> ids of the corrections in force on it */
  correctedStatements(ids: number[]): Promise<Map<number, number[]>>;
  /** lays the corrections over the machine's reading of these articles (all when omitted) */
  apply(articleIds?: number[]): Promise<{ orphaned: number[] }>;
  /** the next `reprocess` re-reads these articles (all when omitted) */
  markStale(ids?: number[]): Promise<number>;
}
