import { decodeReason } from '../link-reason.js';
import { fullStatement, type StatementRest } from './statement-data.js';
import type { ArticleRecord, ClaimStatementRow, StatementRecord } from '../types.js';

/* Maps between SQLite rows (snake_case, 0/1 booleans, JSON text) and records. */

export interface ArticleRow {
  id: number;
  url: string | null;
  canonical_url: string | null;
  title: string | null;
  outlet: string | null;
  language: string;
  published: string | null;
  added_at: string;
  content_hash: string;
  signature: string;
  copy_of: number | null;
  copy_group: number;
  path: string | null;
  pipeline: string;
  statements: number;
}

export const ARTICLE_COLUMNS =
  'id, url, canonical_url, title, outlet, language, published, added_at, content_hash, signature, copy_of, copy_group, path, pipeline, statements';

export function toArticle(r: ArticleRow): ArticleRecord {
  return {
    id: Number(r.id),
    url: r.url,
    canonicalUrl: r.canonical_url,
    title: r.title,
    outlet: r.outlet,
    language: r.language,
    published: r.published,
    addedAt: r.added_at,
    contentHash: r.content_hash,
    signature: r.signature,
    copyOf: r.copy_of === null ? null : Number(r.copy_of),
    copyGroup: Number(r.copy_group),
    path: r.path,
    pipeline: r.pipeline,
    statements: Number(r.statements),
  };
}

export interface StatementRow {
  id: number;
  article_id: number;
  idx: number;
  speaker_name: string;
  speaker_kind: string;
  speaker_role: string | null;
  speaker_entity: string | null;
  affiliation: string | null;
  implied: number;
  cue: string | null;
  direct: number;
  stance: string;
  certainty: string;
  negated: number;
  content: string;
  span_start: number;
  span_end: number;
  cited_name: string | null;
  cited_kind: string | null;
  said_on: string | null;
  data: string;
}

/**
 * A statement record from its row. `rest` is what the article's blob keeps of it: given for an
 * article's own statements (read once per article); otherwise a function that reads it only when
 * `data` is looked at, as the statements of a claim come from many articles and their lists never
 * look at it.
 */
export function toStatement(
  r: StatementRow,
  rest?: StatementRest | ((articleId: number, idx: number) => StatementRest | undefined),
): StatementRecord {
  const record: Omit<StatementRecord, 'data'> = {
    id: Number(r.id),
    articleId: Number(r.article_id),
    idx: r.idx,
    speakerName: r.speaker_name,
    speakerKind: r.speaker_kind,
    speakerRole: r.speaker_role,
    speakerEntity: r.speaker_entity,
    affiliation: r.affiliation,
    implied: !!r.implied,
    cue: r.cue,
    direct: !!r.direct,
    stance: r.stance,
    certainty: r.certainty,
    negated: !!r.negated,
    content: r.content,
    spanStart: r.span_start,
    spanEnd: r.span_end,
    citedName: r.cited_name,
    citedKind: r.cited_kind,
    saidOn: r.said_on,
  };
  if (typeof rest !== 'function') return { ...record, data: fullStatement(r, rest) };
  let data: StatementRecord['data'] | undefined;
  return Object.defineProperty(record, 'data', {
    enumerable: true,
    get: () => (data ??= fullStatement(r, rest(Number(r.article_id), r.idx))),
  }) as StatementRecord;
}

export interface ClaimStatementSqlRow extends StatementRow {
  claim_id: number;
  link_stance: string;
  reason: string;
  language: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
  copy_group: number;
}

/** A claim's statement from its row (PostgreSQL: the row's `data` holds the whole rest). */
export function toClaimStatement(r: ClaimStatementSqlRow): ClaimStatementRow {
  return withLink(toStatement(r), r);
}

/** A claim's statement, its `data` read from its article's blob only when looked at (SQLite). */
export function toLazyClaimStatement(
  r: ClaimStatementSqlRow,
  rest: (articleId: number, idx: number) => StatementRest | undefined,
  conceptKey?: (id: number) => string | undefined,
): ClaimStatementRow {
  return withLink(toStatement(r, rest), r, conceptKey);
}

function withLink(
  s: StatementRecord,
  r: ClaimStatementSqlRow,
  conceptKey?: (id: number) => string | undefined,
): ClaimStatementRow {
  // assigned onto the record, not spread: a spread would read a lazy `data` now
  return Object.assign(s, {
    claimId: Number(r.claim_id),
    linkStance: r.link_stance,
    reason: decodeReason(r.reason, conceptKey),
    language: r.language,
    published: r.published,
    outlet: r.outlet,
    title: r.title,
    copyGroup: Number(r.copy_group),
  });
}
