/**
 * A claim as both stores keep its row (counts in columns, as the pure rules of
 * `ledger/claim-tally.ts` maintain them), turned into the record the services read. Each store
 * reads the row and what hangs off it (profile, figures, languages, affiliations) in its own
 * SQL; the shape of the record is written once, here.
 */
import type { ClaimFigure, ClaimRecord } from './types.js';

export interface ClaimRow {
  id: number;
  label: string;
  key: string;
  label_statement_id: number | null;
  statements: number;
  articles: number;
  n_assert: number;
  n_deny: number;
  n_hedge: number;
  n_conditional: number;
  n_question: number;
  independent: number;
  speakers: number;
  first_seen: string | null;
  last_seen: string | null;
  updated_at: string;
}

/** A claim key row: a language or an affiliation with how many of the claim's statements have it. */
export interface ClaimKeyCount {
  key: string;
  name: string;
  n: number;
}

export interface ClaimRowParts {
  profile: Record<string, number>;
  figures: ClaimFigure[];
  languages: ClaimKeyCount[];
  affiliations: ClaimKeyCount[];
}

export function claimRecord(r: ClaimRow, parts: ClaimRowParts): ClaimRecord {
  return {
    id: Number(r.id),
    label: r.label,
    key: r.key,
    labelStatementId: r.label_statement_id === null ? null : Number(r.label_statement_id),
    profile: parts.profile,
    updatedAt: r.updated_at,
    statements: r.statements,
    articles: r.articles,
    languages: parts.languages.map((l) => l.key).sort(),
    stances: {
      assert: r.n_assert,
      deny: r.n_deny,
      hedge: r.n_hedge,
      conditional: r.n_conditional,
      question: r.n_question,
    },
    independentSources: r.independent,
    speakers: r.speakers,
    affiliations: parts.affiliations.map((a) => ({ id: a.key, name: a.name, statements: a.n })),
    figures: parts.figures,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
  };
}

/** A row of `claim_figures` as both stores read it. */
export interface ClaimFigureRow {
  value: number;
  max: number | null;
  qualifier: string;
  unit: string | null;
  planned: number | boolean;
  speaker: string;
  said_on: string | null;
  article_id: number;
  statement_id: number;
}

/** A `claim_figures` row as a point of the claim's figure timeline. */
export const toClaimFigure = (r: ClaimFigureRow): ClaimFigure => ({
  value: r.value,
  ...(r.max !== null ? { max: r.max } : {}),
  qualifier: r.qualifier,
  unit: r.unit || null,
  planned: !!r.planned,
  speaker: r.speaker,
  date: r.said_on,
  articleId: Number(r.article_id),
  statementId: Number(r.statement_id),
});
