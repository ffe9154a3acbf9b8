import type { EntityRecord, SearchHits } from '../types.js';
import { ftsQuery } from './articles.repo.js';
import { sql, type DB } from './db.js';

export function getEntity(db: DB, idOrName: string): EntityRecord | null {
  let row = sql(db, 'SELECT * FROM entities WHERE id = ?').get(idOrName) as
    | {
        id: string;
        name: string;
        type: string;
        country: string | null;
        lon: number | null;
        lat: number | null;
      }
    | undefined;
  if (!row) {
    const hit = sql(
      db,
      `SELECT e.* FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias = ?
         ORDER BY (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) DESC LIMIT 1`,
    ).get(idOrName.toLowerCase()) as typeof row;
    row = hit;
  }
  if (!row) return null;
  const aliases = (
    sql(db, 'SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias').all(row.id) as Array<{
      alias: string;
    }>
  ).map((a) => a.alias);
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    country: row.country,
    coordinates: row.lon !== null && row.lat !== null ? [row.lon, row.lat] : null,
    aliases,
  };
}

export function search(db: DB, q: string, limit: number): SearchHits {
  const match = ftsQuery(q);
  const articles = sql(
    db,
    `SELECT rowid AS id, title, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet FROM articles_fts
       WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?`,
  ).all(match, limit) as Array<{ id: number; title: string | null; snippet: string }>;
  const statements = sql(
    db,
    `SELECT statements_fts.rowid AS id, s.article_id AS articleId, s.speaker_name AS speaker, snippet(statements_fts, 1, '[', ']', '…', 12) AS snippet
       FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid WHERE statements_fts MATCH ? ORDER BY statements_fts.rowid DESC LIMIT ?`,
  ).all(match, limit) as SearchHits['statements'];
  const ids = statements.map((s) => s.id);
  const claims = ids.length
    ? (
        sql(
          db,
          `SELECT cs.claim_id, count(*) AS n FROM claim_statements cs WHERE cs.statement_id IN (${ids.map(() => '?').join(',')})
             GROUP BY cs.claim_id ORDER BY n DESC LIMIT ?`,
        ).all(...ids, limit) as Array<{ claim_id: number }>
      ).map((r) => Number(r.claim_id))
    : [];
  return { articles: articles.map((a) => ({ ...a, id: Number(a.id) })), statements, claims };
}

export function counts(db: DB) {
  const n = (t: string) => (sql(db, `SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return {
    articles: n('articles'),
    statements: n('statements'),
    claims: n('claims'),
    entities: n('entities'),
    // the languages of the ledger's articles, most articles first: what a language filter offers
    languages: (
      sql(
        db,
        'SELECT language AS l FROM articles GROUP BY language ORDER BY count(*) DESC, language',
      ).all() as Array<{
        l: string;
      }>
    ).map((r) => r.l),
  };
}
