import type { Correction, CorrectionField, StatementKey } from '../domain/correction.js';
import type { StatementHead } from './correction-records.js';

/*
 * A correction as both stores keep it: the row of the \`corrections\` table and the domain value
 * read from it. One definition, so SQLite and PostgreSQL read the log the same way.
 */

export interface CorrectionRow {
  id: number;
  at: string;
  by: string;
  field: string;
  article_key: string | null;
  span_start: number | null;
  span_end: number | null;
  claim_id: number | null;
  other_id: string | null;
  old_value: string | null;
  new_value: string | null;
  reason: string | null;
  undone_by: number | null;
  undoes: number | null;
  orphaned: number;
}

export const parseJson = (v: string | null): unknown => (v === null ? null : JSON.parse(v));

export function toCorrection(r: CorrectionRow): Correction {
  return {
    id: Number(r.id),
    at: r.at,
    by: r.by,
    field: r.field as CorrectionField,
    statement:
      r.article_key !== null && r.span_start !== null && r.span_end !== null
        ? { article: r.article_key, start: r.span_start, end: r.span_end }
        : null,
    claimId: r.claim_id === null ? null : Number(r.claim_id),
    otherId: r.other_id,
    oldValue: parseJson(r.old_value),
    newValue: parseJson(r.new_value),
    reason: r.reason,
    undoneBy: r.undone_by === null ? null : Number(r.undone_by),
    undoes: r.undoes === null ? null : Number(r.undoes),
    orphaned: !!r.orphaned,
  };
}

export interface NewCorrection {
  by: string;
  field: CorrectionField;
  statement?: StatementKey | null;
  claimId?: number | null;
  otherId?: string | null;
  contextClaim?: number | null;
  oldValue?: unknown;
  newValue?: unknown;
  reason?: string | null;
  undoes?: number | null;
}

/** The stable key of an article: its URL, else its content hash (the same SQL on both stores). */
export const ARTICLE_KEY_SQL = "coalesce(a.url, 'sha256:' || a.content_hash)";

/** What both stores select of a statement before correcting it. */
export const STATEMENT_HEAD_SQL = `SELECT s.article_id, s.span_start, s.span_end, s.stance, s.speaker_name, s.speaker_entity, s.content, ${ARTICLE_KEY_SQL} AS k
     FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.id = ?`;

export interface StatementHeadRow {
  article_id: number;
  span_start: number;
  span_end: number;
  stance: string;
  speaker_name: string;
  speaker_entity: string | null;
  content: string;
  k: string;
}

export function toStatementHead(r: StatementHeadRow, claimIds: number[]): StatementHead {
  return {
    key: { article: r.k, start: r.span_start, end: r.span_end },
    articleId: Number(r.article_id),
    claimIds,
    stance: r.stance,
    speaker: { name: r.speaker_name, entityId: r.speaker_entity },
    content: r.content,
  };
}
