import { packText, unpackText } from './article-text.js';
import type { ArticleBundle, ArticleRecord, ListFilter, Page, StatementRecord } from '../types.js';
import { sql, type DB } from './db.js';
import { decodeExtraction, encodeExtraction, storedRests } from './extraction-blob.js';
import { EMPTY_OVERLAY, fullStatement, type StatementRest } from './statement-data.js';
import { insertRows } from './rows-insert.js';
import { ARTICLE_COLUMNS, toArticle, toStatement, type ArticleRow, type StatementRow } from './rows.js';

/** Bands a candidate must share with an article before its signature is compared. */
const MIN_SHARED_BANDS = 2;

export function findArticle(db: DB, by: { contentHash?: string; url?: string }): ArticleRecord | null {
  const q = by.contentHash
    ? sql(db, `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE content_hash = ?`)
    : sql(db, `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE url = ? OR canonical_url = ? LIMIT 1`);
  const row = (by.contentHash ? q.get(by.contentHash) : q.get(by.url, by.url)) as ArticleRow | undefined;
  return row ? toArticle(row) : null;
}

export function copyCandidates(
  db: DB,
  bandKeys: number[],
): Array<{ id: number; signature: string; copyGroup: number }> {
  // the most recent articles that share each band, in one statement
  const one =
    'SELECT article_id FROM (SELECT article_id FROM article_bands WHERE band = ? AND value = ? ORDER BY article_id DESC LIMIT 50)';
  const q = sql(db, bandKeys.map(() => one).join(' UNION ALL ')).pluck();
  const hits = new Map<number, number>();
  for (const id of q.all(...bandKeys.flatMap((value, band) => [band, value])) as number[])
    hits.set(id, (hits.get(id) ?? 0) + 1);
  // a copy (similarity >= 0.6) shares two bands or more 99% of the time; one shared band is
  // mostly a common phrase. Only the likely ones have their signatures read.
  const ids = [...hits]
    .filter(([, n]) => n >= MIN_SHARED_BANDS)
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, 50)
    .map(([id]) => id);
  if (!ids.length) return [];
  const rows = sql(
    db,
    `SELECT id, signature, copy_group FROM articles WHERE id IN (${ids.map(() => '?').join(',')})`,
  ).all(...ids) as Array<{ id: number; signature: string; copy_group: number }>;
  return rows.map((r) => ({ id: Number(r.id), signature: r.signature, copyGroup: Number(r.copy_group) }));
}

/** The id SQLite gives the next row of a table with an INTEGER PRIMARY KEY: one past the largest. */
function nextId(db: DB, table: 'articles' | 'statements'): number {
  return Number(sql(db, `SELECT coalesce(max(id), 0) + 1 FROM ${table}`).pluck().get());
}

/** Inserts the article row and its bands; returns the new id. */
export function insertArticle(db: DB, b: ArticleBundle, bandKeys: number[]): number {
  const a = b.article;
  // the id is known before the row is written, so a first copy is its own group in one insert
  const id = nextId(db, 'articles');
  const group = a.copyOf === null ? id : copyGroupOf(db, a.copyOf);
  sql(
    db,
    `INSERT INTO articles (id, url, canonical_url, title, outlet, language, published, added_at, content_hash, signature,
         copy_of, copy_group, path, pipeline, statements, text, extraction)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    a.url,
    a.canonicalUrl,
    a.title,
    a.outlet,
    a.language,
    a.published,
    a.addedAt,
    a.contentHash,
    a.signature,
    a.copyOf,
    group,
    a.path,
    a.pipeline,
    b.statements.length,
    packText(b.text),
    encodeExtraction(
      b.extraction,
      b.statements.map((s) => s.data),
    ),
  );
  insertRows(
    db,
    'INSERT INTO article_bands (band, value, article_id)',
    bandKeys.map((value, i) => [i, value, id]),
  );
  return id;
}

function copyGroupOf(db: DB, id: number): number {
  const r = sql(db, 'SELECT copy_group FROM articles WHERE id = ?').get(id) as
    { copy_group: number } | undefined;
  return r ? Number(r.copy_group) : id;
}

/**
 * Inserts the extraction's statements, figures, entities and mentions, each table in one
 * multi-row statement (an article has dozens of each); returns statement ids, given here as
 * SQLite would give them one by one.
 */
export function insertExtraction(db: DB, articleId: number, b: ArticleBundle): number[] {
  const first = nextId(db, 'statements');
  const ids = b.statements.map((_, i) => first + i);
  insertRows(
    db,
    `INSERT INTO statements (id, article_id, idx, speaker_name, speaker_kind, speaker_role, speaker_entity, affiliation, implied,
       cue, direct, stance, certainty, negated, content, span_start, span_end, cited_name, cited_kind, said_on, data)`,
    b.statements.map((s, i) => [
      ids[i],
      articleId,
      s.idx,
      s.speakerName,
      s.speakerKind,
      s.speakerRole,
      s.speakerEntity,
      s.affiliation,
      s.implied ? 1 : 0,
      s.cue,
      s.direct ? 1 : 0,
      s.stance,
      s.certainty,
      s.negated ? 1 : 0,
      s.content,
      s.spanStart,
      s.spanEnd,
      s.citedName,
      s.citedKind,
      s.saidOn,
      EMPTY_OVERLAY,
    ]),
  );
  insertRows(
    db,
    'INSERT INTO figures (statement_id, value, max, qualifier, unit, planned)',
    b.statements.flatMap((_, i) =>
      (b.figures[i] ?? []).map((f) => [
        ids[i],
        f.value,
        f.max ?? null,
        f.qualifier,
        f.unit,
        f.planned ? 1 : 0,
      ]),
    ),
  );
  const entities = b.extraction.entities;
  insertRows(
    db,
    'INSERT INTO entities (id, name, type, country, lon, lat)',
    entities.map((e) => [
      e.id,
      e.name,
      e.type,
      e.country ?? null,
      e.coordinates?.[0] ?? null,
      e.coordinates?.[1] ?? null,
    ]),
    `ON CONFLICT(id) DO UPDATE SET country = coalesce(entities.country, excluded.country),
       lon = coalesce(entities.lon, excluded.lon), lat = coalesce(entities.lat, excluded.lat)`,
  );
  insertRows(
    db,
    'INSERT OR IGNORE INTO entity_aliases (alias, entity_id)',
    // each name once: an entity is mentioned by the same few words many times over
    entities.flatMap((e) =>
      [...new Set([e.name, ...e.mentions.map((m) => m.text)].map((t) => t.toLowerCase()))].map((name) => [
        name,
        e.id,
      ]),
    ),
  );
  insertRows(
    db,
    'INSERT INTO mentions (article_id, entity_id, start, end)',
    entities.flatMap((e) => e.mentions.map((m) => [articleId, e.id, m.start, m.end])),
  );
  return ids;
}

export function getArticle(db: DB, id: number) {
  const q = sql(db, `SELECT ${ARTICLE_COLUMNS}, text, extraction FROM articles WHERE id = ?`);
  const r = q.get(id) as (ArticleRow & { text: string | Buffer; extraction: Buffer | string }) | undefined;
  if (!r) return null;
  const text = unpackText(r.text);
  const statements = (rests: StatementRest[] | undefined) =>
    (sql(db, 'SELECT * FROM statements WHERE article_id = ? ORDER BY idx').all(id) as StatementRow[]).map(
      (row) => fullStatement(row, rests?.[row.idx]),
    );
  return { ...toArticle(r), text, extraction: decodeExtraction(r.extraction, text, statements) };
}

export function filterSql(f: ListFilter, alias = 'a'): { where: string; params: unknown[] } {
  const w: string[] = [];
  const p: unknown[] = [];
  const add = (cond: string, value: unknown) => {
    w.push(cond);
    p.push(value);
  };
  if (f.lang) add(`${alias}.language = ?`, f.lang);
  if (f.outlet) add(`${alias}.outlet = ?`, f.outlet);
  if (f.from) add(`${alias}.published >= ?`, f.from);
  if (f.to) add(`${alias}.published <= ?`, f.to);
  if (f.entity)
    add(`EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = ${alias}.id AND m.entity_id = ?)`, f.entity);
  if (f.stance)
    add(`EXISTS (SELECT 1 FROM statements s WHERE s.article_id = ${alias}.id AND s.stance = ?)`, f.stance);
  if (f.q) add(`${alias}.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`, ftsQuery(f.q));
  return { where: w.length ? `WHERE ${w.join(' AND ')}` : '', params: p };
}

/** A user's words as an FTS5 query: each word quoted, all required. */
export function ftsQuery(q: string): string {
  const words = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `"${w}"`).join(' ') : '""';
}

export function listArticles(
  db: DB,
  f: ListFilter,
  page: Page,
): { total: number; articles: ArticleRecord[] } {
  const { where, params } = filterSql(f);
  const total = (sql(db, `SELECT count(*) AS n FROM articles a ${where}`).get(...params) as { n: number }).n;
  const q = sql(
    db,
    `SELECT ${ARTICLE_COLUMNS.split(', ')
      .map((c) => `a.${c}`)
      .join(', ')} FROM articles a ${where}
     ORDER BY a.published DESC, a.id DESC LIMIT ? OFFSET ?`,
  );
  const rows = q.all(...params, page.limit, page.offset) as ArticleRow[];
  return { total: Number(total), articles: rows.map(toArticle) };
}

export function staleArticles(db: DB, pipeline: string, limit: number): number[] {
  return (
    sql(db, 'SELECT id FROM articles WHERE pipeline <> ? ORDER BY id LIMIT ?').all(pipeline, limit) as Array<{
      id: number;
    }>
  ).map((r) => Number(r.id));
}

export function articleStatements(
  db: DB,
  articleId: number,
): Array<StatementRecord & { claimIds: number[] }> {
  const rows = sql(db, 'SELECT * FROM statements WHERE article_id = ? ORDER BY idx').all(
    articleId,
  ) as StatementRow[];
  const links = sql(db, 'SELECT claim_id FROM claim_statements WHERE statement_id = ?');
  const rests = restsOf(db);
  return rows.map((r) => ({
    ...toStatement(r, rests(articleId, r.idx)),
    claimIds: (links.all(r.id) as Array<{ claim_id: number }>).map((l) => Number(l.claim_id)),
  }));
}

/**
 * What articles' blobs keep of their statements, by article and index: each article's blob is
 * inflated once, when one of its statements is first asked for.
 */
export function restsOf(db: DB): (articleId: number, idx: number) => StatementRest | undefined {
  const seen = new Map<number, StatementRest[] | undefined>();
  return (articleId, idx) => {
    if (!seen.has(articleId)) {
      const stored = sql(db, 'SELECT extraction FROM articles WHERE id = ?').pluck().get(articleId) as
        Buffer | string | undefined;
      seen.set(articleId, stored === undefined ? undefined : storedRests(stored));
    }
    return seen.get(articleId)?.[idx];
  };
}
