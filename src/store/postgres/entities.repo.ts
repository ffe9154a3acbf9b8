import type { EntityRecord, SearchHits } from '../types.js';
import { TSQUERY } from './articles.repo.js';
import { one, rows, type PgDb } from './db.js';

interface EntityRow {
  id: string;
  name: string;
  type: string;
  country: string | null;
  lon: number | null;
  lat: number | null;
  aliases: string[];
}

/** Its aliases beside the entity's row, so an entity is one round trip. */
const WITH_ALIASES = `e.*, ARRAY(SELECT alias FROM entity_aliases WHERE entity_id = e.id ORDER BY alias COLLATE "C") AS aliases`;

export async function getEntity(db: PgDb, idOrName: string): Promise<EntityRecord | null> {
  const row =
    (await one<EntityRow>(db, `SELECT ${WITH_ALIASES} FROM entities e WHERE e.id = ?`, [idOrName])) ??
    (await one<EntityRow>(
      db,
      `SELECT ${WITH_ALIASES} FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias = ?
         ORDER BY (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) DESC LIMIT 1`,
      [idOrName.toLowerCase()],
    ));
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    country: row.country,
    coordinates: row.lon !== null && row.lat !== null ? [row.lon, row.lat] : null,
    aliases: row.aliases,
  };
}

/** ts_headline marks the matched words as the SQLite snippets do: "[word]", about 12 words. */
const HEADLINE =
  "'StartSel=[, StopSel=], MaxWords=12, MinWords=4, ShortWord=0, MaxFragments=1, FragmentDelimiter=…'";

export async function search(db: PgDb, q: string, limit: number): Promise<SearchHits> {
  // the newest matches first, and headlines made for those alone
  const articles = await rows<{ id: number; title: string | null; snippet: string }>(
    db,
    `SELECT a.id, a.title, ts_headline('corroborate', a.text, ${TSQUERY}, ${HEADLINE}) AS snippet
     FROM (SELECT id, title, text FROM articles WHERE tsv @@ ${TSQUERY} ORDER BY id DESC LIMIT ?) a ORDER BY a.id DESC`,
    [q, q, limit],
  );
  const statements = await rows<SearchHits['statements'][number]>(
    db,
    `SELECT s.id, s.article_id AS "articleId", s.speaker_name AS speaker,
       ts_headline('corroborate', s.content, ${TSQUERY}, ${HEADLINE}) AS snippet
     FROM (SELECT id, article_id, speaker_name, content FROM statements WHERE tsv @@ ${TSQUERY} ORDER BY id DESC LIMIT ?) s
     ORDER BY s.id DESC`,
    [q, q, limit],
  );
  const ids = statements.map((s) => s.id);
  const claims = ids.length
    ? (
        await rows<{ claim_id: number }>(
          db,
          `SELECT claim_id, count(*) AS n FROM claim_statements WHERE statement_id = ANY(?::int[])
             GROUP BY claim_id ORDER BY n DESC, claim_id LIMIT ?`,
          [ids, limit],
        )
      ).map((r) => r.claim_id)
    : [];
  return { articles, statements, claims };
}

export async function counts(db: PgDb) {
  const r = (await one<{ a: number; s: number; c: number; e: number }>(
    db,
    `SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM statements) AS s,
            (SELECT count(*) FROM claims) AS c, (SELECT count(*) FROM entities) AS e`,
  ))!;
  const langs = await rows<{ l: string }>(
    db,
    'SELECT language AS l FROM articles GROUP BY language ORDER BY count(*) DESC, language COLLATE "C"',
  );
  return { articles: r.a, statements: r.s, claims: r.c, entities: r.e, languages: langs.map((x) => x.l) };
}
