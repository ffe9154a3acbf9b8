import {
  claimRecord,
  toClaimFigure,
  type ClaimFigureRow,
  type ClaimKeyCount,
  type ClaimRow,
} from '../claim-row.js';
import type { ClaimFigure, ClaimRecord } from '../types.js';
import { rows, type PgDb } from './db.js';

/*
 * Reading claims with what hangs off them (profile, figures, languages, affiliations), two ways:
 * - one claim (its page): ONE query, each part a correlated subquery aggregated to JSON beside
 *   the row (`claimReadColumns`), instead of five round trips each waiting for a core;
 * - many claims (a list page, a search): the row, then each part for all of them in one batched
 *   query (`toClaims`). Measured at 100,000 articles, building JSON per claim cost about ten
 *   times the server time of the batched parts for a page of 50, more than the round trips saved.
 */

export const CLAIM_COLUMNS =
  'c.id, c.label, c.key, c.label_statement_id, c.statements, c.articles, c.n_assert, c.n_deny, c.n_hedge, c.n_conditional, c.n_question, c.independent, c.speakers, c.first_seen, c.last_seen, c.updated_at';

export interface ClaimCaps {
  figures: number;
  affiliations: number;
}

export const LIST_CAPS: ClaimCaps = { figures: 20, affiliations: 10 };
export const DETAIL_CAPS: ClaimCaps = { figures: 100, affiliations: 1_000_000 };

const keysJson = (kind: string, cap: number) =>
  `(SELECT coalesce(json_agg(json_build_object('key', k.key, 'name', k.name, 'n', k.n)), '[]')
     FROM (SELECT key, name, n FROM claim_keys WHERE claim_id = c.id AND kind = '${kind}' ORDER BY n DESC, key LIMIT ${cap}) k)`;

/** The claim's columns and its parts as JSON (`x_figures`, `x_languages`, `x_affiliations`, `x_profile`). */
export function claimReadColumns(caps: ClaimCaps): string {
  const int = (n: number) => Math.max(0, Math.floor(n));
  return `${CLAIM_COLUMNS},
    (SELECT coalesce(json_agg(json_build_object('value', f.value, 'max', f.max, 'qualifier', f.qualifier, 'unit', f.unit,
              'planned', f.planned, 'speaker', f.speaker, 'said_on', f.said_on, 'article_id', f.article_id, 'statement_id', f.statement_id)), '[]')
       FROM (SELECT * FROM claim_figures WHERE claim_id = c.id ORDER BY said_key, seq LIMIT ${int(caps.figures)}) f) AS x_figures,
    ${keysJson('language', 1_000_000)} AS x_languages,
    ${keysJson('affiliation', int(caps.affiliations))} AS x_affiliations,
    (SELECT coalesce(json_agg(json_build_array(p.concept, p.n)), '[]')
       FROM (SELECT concept, n FROM claim_concepts WHERE claim_id = c.id AND n >= greatest(1, ceil(0.5 * c.statements)::int)
             ORDER BY n, concept) p) AS x_profile`;
}

export interface ClaimReadRow extends ClaimRow {
  x_figures: ClaimFigureRow[];
  x_languages: ClaimKeyCount[];
  x_affiliations: ClaimKeyCount[];
  x_profile: Array<[string, number]>;
}

/** A row read with claimReadColumns as the record the services read. */
export function toClaimRecord(r: ClaimReadRow): ClaimRecord {
  const profile: Record<string, number> = { '#n': Math.max(1, r.statements) };
  for (const [concept, n] of r.x_profile) profile[concept] = n;
  const figures = r.x_figures.map(toClaimFigure);
  return claimRecord(r, { profile, figures, languages: r.x_languages, affiliations: r.x_affiliations });
}

export async function profilesOf(db: PgDb, ids: number[]): Promise<Map<number, Record<string, number>>> {
  const out = new Map<number, Record<string, number>>();
  if (!ids.length) return out;
  const found = await rows<{ id: number; statements: number; concept: string | null; n: number | null }>(
    db,
    `SELECT c.id, c.statements, k.concept, k.n FROM claims c
       LEFT JOIN claim_concepts k ON k.claim_id = c.id AND k.n >= greatest(1, ceil(0.5 * c.statements)::int)
     WHERE c.id = ANY(?::int[]) ORDER BY c.id, k.n, k.concept`,
    [ids],
  );
  for (const r of found) {
    let p = out.get(r.id);
    if (!p) out.set(r.id, (p = { '#n': Math.max(1, r.statements) }));
    if (r.concept !== null) p[r.concept] = r.n!;
  }
  return out;
}

async function figuresOf(db: PgDb, ids: number[], cap: number): Promise<Map<number, ClaimFigure[]>> {
  const out = new Map<number, ClaimFigure[]>();
  if (!ids.length) return out;
  const found = await rows<{
    claim_id: number;
    value: number;
    max: number | null;
    qualifier: string;
    unit: string;
    planned: number;
    speaker: string;
    said_on: string | null;
    article_id: number;
    statement_id: number;
  }>(
    db,
    `SELECT f.* FROM unnest(?::int[]) AS c(id),
       LATERAL (SELECT * FROM claim_figures WHERE claim_id = c.id ORDER BY said_key, seq LIMIT ?) f`,
    [ids, cap],
  );
  for (const r of found) {
    const list = out.get(r.claim_id) ?? [];
    list.push(toClaimFigure(r));
    out.set(r.claim_id, list);
  }
  return out;
}

async function keysOf(db: PgDb, ids: number[], kind: string, cap: number) {
  const out = new Map<number, Array<{ key: string; name: string; n: number }>>();
  if (!ids.length) return out;
  const found = await rows<{ claim_id: number; key: string; name: string; n: number }>(
    db,
    `SELECT c.id AS claim_id, k.key, k.name, k.n FROM unnest(?::int[]) AS c(id),
       LATERAL (SELECT key, name, n FROM claim_keys WHERE claim_id = c.id AND kind = ? ORDER BY n DESC, key LIMIT ?) k`,
    [ids, kind, cap],
  );
  for (const r of found) {
    const list = out.get(r.claim_id) ?? [];
    list.push({ key: r.key, name: r.name, n: r.n });
    out.set(r.claim_id, list);
  }
  return out;
}

/** Claims' rows as records, each part read for all of them in one query. */
export async function toClaims(db: PgDb, found: ClaimRow[], caps = LIST_CAPS): Promise<ClaimRecord[]> {
  const ids = found.map((r) => r.id);
  const [figures, langs, affs, profiles] = await Promise.all([
    figuresOf(db, ids, caps.figures),
    keysOf(db, ids, 'language', 1_000_000),
    keysOf(db, ids, 'affiliation', caps.affiliations),
    profilesOf(db, ids),
  ]);
  return found.map((r) =>
    claimRecord(r, {
      profile: profiles.get(r.id) ?? { '#n': Math.max(1, r.statements) },
      figures: figures.get(r.id) ?? [],
      languages: langs.get(r.id) ?? [],
      affiliations: affs.get(r.id) ?? [],
    }),
  );
}
