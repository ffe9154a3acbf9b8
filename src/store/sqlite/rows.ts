import { fullStatement } from './statement-data.js';
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

export function toStatement(r: StatementRow): StatementRecord {
  return {
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
    data: fullStatement(r),
  };
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

export function toClaimStatement(r: ClaimStatementSqlRow): ClaimStatementRow {
  return {
    ...toStatement(r),
    claimId: Number(r.claim_id),
    linkStance: r.link_stance,
    reason: JSON.parse(r.reason),
    language: r.language,
    published: r.published,
    outlet: r.outlet,
    title: r.title,
    copyGroup: Number(r.copy_group),
  };
}
