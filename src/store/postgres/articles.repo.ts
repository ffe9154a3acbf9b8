import type { ArticleBundle, ArticleRecord, ListFilter, Page, StatementRecord } from '../types.js';
import {
  ARTICLE_COLUMNS,
  toArticle,
  toStatement,
  type ArticleRow,
  type StatementRow,
} from '../sqlite/rows.js';
import { one, q, rows, type PgDb } from './db.js';

/** A statement's columns, without its search vector. */
export const STATEMENT_COLUMNS = [
  'id',
  'article_id',
  'idx',
  'speaker_name',
  'speaker_kind',
  'speaker_role',
  'speaker_entity',
  'affiliation',
  'implied',
  'cue',
  'direct',
  'stance',
  'certainty',
  'negated',
  'content',
  'span_start',
  'span_end',
  'cited_name',
  'cited_kind',
  'said_on',
  'data',
]
  .map((c) => `s.${c}`)
  .join(', ');

/** Bands a candidate must share with an article before its signature is compared (as SQLite). */
const MIN_SHARED_BANDS = 2;

/** A user's words as a tsquery in the ledger's configuration: every word required. */
export const TSQUERY = "plainto_tsquery('corroborate', ?)";

export async function findArticle(db: PgDb, by: { contentHash?: string; url?: string }) {
  const row = by.contentHash
    ? await one<ArticleRow>(db, `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE content_hash = ?`, [
        by.contentHash,
      ])
    : await one<ArticleRow>(
        db,
        `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE url = ? OR canonical_url = ? LIMIT 1`,
        [by.url, by.url],
      );
  return row ? toArticle(row) : null;
}

export async function copyCandidates(db: PgDb, bandKeys: number[]) {
  if (!bandKeys.length) return [];
  // the most recent articles sharing each band, in one statement (see the SQLite repo)
  const one =
    '(SELECT article_id FROM article_bands WHERE band = ? AND value = ? ORDER BY article_id DESC LIMIT 50)';
  const ids = await rows<{ article_id: number }>(
    db,
    bandKeys.map(() => one).join(' UNION ALL '),
    bandKeys.flatMap((value, band) => [band, value]),
  );
  const hits = new Map<number, number>();
  for (const r of ids) hits.set(r.article_id, (hits.get(r.article_id) ?? 0) + 1);
  const likely = [...hits]
    .filter(([, n]) => n >= MIN_SHARED_BANDS)
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, 50)
    .map(([id]) => id);
  if (!likely.length) return [];
  const found = await rows<{ id: number; signature: string; copy_group: number }>(
    db,
    'SELECT id, signature, copy_group FROM articles WHERE id = ANY(?::int[])',
    [likely],
  );
  return found.map((r) => ({ id: r.id, signature: r.signature, copyGroup: r.copy_group }));
}

export async function insertArticle(db: PgDb, b: ArticleBundle): Promise<number> {
  const a = b.article;
  const r = await one<{ id: number }>(
    db,
    `INSERT INTO articles (url, canonical_url, title, outlet, language, published, added_at, content_hash, signature,
         copy_of, copy_group, path, pipeline, statements, text, extraction)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?) RETURNING id`,
    [
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
      a.path,
      a.pipeline,
      b.statements.length,
      b.text,
      JSON.stringify(b.extraction),
    ],
  );
  const id = r!.id;
  const group =
    a.copyOf === null
      ? id
      : ((await one<{ copy_group: number }>(db, 'SELECT copy_group FROM articles WHERE id = ?', [a.copyOf]))
          ?.copy_group ?? id);
  await q(db, 'UPDATE articles SET copy_group = ? WHERE id = ?', [group, id]);
  if (b.bandKeys.length)
    await q(
      db,
      'INSERT INTO article_bands (band, value, article_id) SELECT ordinality - 1, v, ? FROM unnest(?::bigint[]) WITH ORDINALITY v',
      [id, b.bandKeys],
    );
  return id;
}

/** Inserts the extraction's statements, figures, entities and mentions; returns statement ids. */
export async function insertExtraction(db: PgDb, articleId: number, b: ArticleBundle): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, s] of b.statements.entries()) {
    const r = await one<{ id: number }>(
      db,
      `INSERT INTO statements (article_id, idx, speaker_name, speaker_kind, speaker_role, speaker_entity, affiliation, implied,
         cue, direct, stance, certainty, negated, content, span_start, span_end, cited_name, cited_kind, said_on, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [
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
        JSON.stringify(s.data),
      ],
    );
    ids.push(r!.id);
    for (const f of b.figures[i] ?? [])
      await q(
        db,
        'INSERT INTO figures (statement_id, value, max, qualifier, unit, planned) VALUES (?, ?, ?, ?, ?, ?)',
        [r!.id, f.value, f.max ?? null, f.qualifier, f.unit, f.planned ? 1 : 0],
      );
  }
  for (const e of b.extraction.entities) {
    await q(
      db,
      `INSERT INTO entities (id, name, type, country, lon, lat) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET country = coalesce(entities.country, excluded.country),
         lon = coalesce(entities.lon, excluded.lon), lat = coalesce(entities.lat, excluded.lat)`,
      [e.id, e.name, e.type, e.country ?? null, e.coordinates?.[0] ?? null, e.coordinates?.[1] ?? null],
    );
    const aliases = [...new Set([e.name, ...e.mentions.map((m) => m.text)].map((t) => t.toLowerCase()))];
    await q(
      db,
      'INSERT INTO entity_aliases (alias, entity_id) SELECT a, ? FROM unnest(?::text[]) a ON CONFLICT DO NOTHING',
      [e.id, aliases],
    );
    if (e.mentions.length)
      await q(
        db,
        'INSERT INTO mentions (article_id, entity_id, start, "end") SELECT ?, ?, s, e FROM unnest(?::int[], ?::int[]) AS m(s, e)',
        [articleId, e.id, e.mentions.map((m) => m.start), e.mentions.map((m) => m.end)],
      );
  }
  await q(db, 'UPDATE articles SET statements = ? WHERE id = ?', [ids.length, articleId]);
  return ids;
}

export async function getArticle(db: PgDb, id: number) {
  const r = await one<ArticleRow & { text: string; extraction: string }>(
    db,
    `SELECT ${ARTICLE_COLUMNS}, text, extraction FROM articles WHERE id = ?`,
    [id],
  );
  return r ? { ...toArticle(r), text: r.text, extraction: JSON.parse(r.extraction) } : null;
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
  if (f.q) add(`${alias}.tsv @@ ${TSQUERY}`, f.q);
  return { where: w.length ? `WHERE ${w.join(' AND ')}` : '', params: p };
}

export async function listArticles(db: PgDb, f: ListFilter, page: Page) {
  const { where, params } = filterSql(f);
  const total = (await one<{ n: number }>(db, `SELECT count(*) AS n FROM articles a ${where}`, params))!.n;
  const cols = ARTICLE_COLUMNS.split(', ')
    .map((c) => `a.${c}`)
    .join(', ');
  const found = await rows<ArticleRow>(
    db,
    `SELECT ${cols} FROM articles a ${where} ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ? OFFSET ?`,
    [...params, page.limit, page.offset],
  );
  return { total, articles: found.map(toArticle) };
}

export async function staleArticles(db: PgDb, pipeline: string, limit: number) {
  return (
    await rows<{ id: number }>(db, 'SELECT id FROM articles WHERE pipeline <> ? ORDER BY id LIMIT ?', [
      pipeline,
      limit,
    ])
  ).map((r) => r.id);
}

export async function articleStatements(
  db: PgDb,
  articleId: number,
): Promise<Array<StatementRecord & { claimIds: number[] }>> {
  const found = await rows<StatementRow & { claim_ids: number[] }>(
    db,
    `SELECT ${STATEMENT_COLUMNS}, coalesce((SELECT array_agg(cs.claim_id ORDER BY cs.claim_id) FROM claim_statements cs WHERE cs.statement_id = s.id), '{}') AS claim_ids
     FROM statements s WHERE s.article_id = ? ORDER BY s.idx`,
    [articleId],
  );
  return found.map((r) => ({ ...toStatement(r), claimIds: r.claim_ids }));
}

export type { ArticleRecord };
