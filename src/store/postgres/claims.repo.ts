import {
  KEY_COUNTER,
  STANCES,
  stanceOf,
  tally,
  tallyKeys,
  timelineFigures,
  type TallyRow,
  type TimelinePoint,
} from '../../ledger/claim-tally.js';
import { betterLabel, type LabelChoice } from '../../ledger/label.js';
import { toClaimStatement, type ClaimStatementSqlRow } from '../sqlite/rows.js';
import type { ArticleBundle, ClaimRecord, ClaimStatementRow, ListFilter, Page } from '../types.js';
import type { ClaimRow } from '../claim-row.js';
import { STATEMENT_COLUMNS, TSQUERY } from './articles.repo.js';
import {
  CLAIM_COLUMNS,
  claimReadColumns,
  DETAIL_CAPS,
  profilesOf,
  toClaimRecord,
  toClaims,
  type ClaimReadRow,
} from './claim-read.js';
import { one, q, rows, type PgDb } from './db.js';

/*
 * Claims in PostgreSQL: the same rules as the SQLite repo, from `ledger/claim-tally` (which keys a
 * link adds, which figures join the timeline, the whole rebuild); this file only persists them.
 * Every function here that writes runs inside the store's write transaction, under its lock.
 */

const now = () => new Date().toISOString();

/** Adds one to a claim's count for a key; true when the key is new to the claim. */
async function bumpKey(db: PgDb, claim: number, kind: string, key: string, name: string) {
  const r = await one<{ fresh: boolean }>(
    db,
    `INSERT INTO claim_keys (claim_id, kind, key, name, n) VALUES (?, ?, ?, ?, 1)
     ON CONFLICT (claim_id, kind, key) DO UPDATE SET n = claim_keys.n + 1
     RETURNING (xmax = 0) AS fresh`,
    [claim, kind, key, name],
  );
  return !!r?.fresh;
}

/** Profiles of claims: the concepts at least half their statements share, and "#n". */
/** The language most of a claim's statements are in (ties: the first by code). */
async function majorityLanguage(db: PgDb, claim: number): Promise<string | null> {
  const r = await one<{ key: string }>(
    db,
    "SELECT key FROM claim_keys WHERE claim_id = ? AND kind = 'language' ORDER BY n DESC, key LIMIT 1",
    [claim],
  );
  return r?.key ?? null;
}

/** As the SQLite repo's offerLabel: the better-reading statement in the majority language labels the claim. */
async function offerLabel(
  db: PgDb,
  claim: number,
  statementId: number,
  label: { text: string; score: number },
  language: string,
): Promise<void> {
  const cur = await one<{ label_score: number | null; label_lang: string | null }>(
    db,
    'SELECT label_score, label_lang FROM claims WHERE id = ?',
    [claim],
  );
  const current: LabelChoice | null =
    cur && cur.label_score !== null ? { score: cur.label_score, language: cur.label_lang } : null;
  if (current && current.language === language && label.score <= current.score) return;
  const majority = await majorityLanguage(db, claim);
  const set =
    'UPDATE claims SET label = ?, label_statement_id = ?, label_score = ?, label_lang = ? WHERE id = ?';
  if (majority !== null && current?.language !== majority) {
    const best = await one<{ statement_id: number; label: string; label_score: number }>(
      db,
      `SELECT statement_id, label, label_score FROM claim_statements
       WHERE claim_id = ? AND label_lang = ? AND label IS NOT NULL
       ORDER BY label_score DESC, statement_id LIMIT 1`,
      [claim, majority],
    );
    if (best) {
      await q(db, set, [best.label, best.statement_id, best.label_score, majority, claim]);
      return;
    }
  }
  if (!betterLabel({ score: label.score, language }, current, majority)) return;
  await q(db, set, [label.text, statementId, label.score, language, claim]);
}

async function addFigure(db: PgDb, claim: number, f: TimelinePoint): Promise<void> {
  await q(
    db,
    `INSERT INTO claim_figures (claim_id, value, max, max_key, qualifier, unit, planned, said_key, said_on, speaker, article_id, statement_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (claim_id, value, max_key, qualifier, unit, planned) DO UPDATE SET
       said_key = excluded.said_key, said_on = excluded.said_on, speaker = excluded.speaker,
       article_id = excluded.article_id, statement_id = excluded.statement_id
     WHERE excluded.said_key < claim_figures.said_key`,
    [
      claim,
      f.value,
      f.max ?? null,
      f.max ?? -1,
      f.qualifier,
      f.unit ?? '',
      f.planned ? 1 : 0,
      f.saidKey,
      f.saidOn,
      f.speaker,
      f.articleId,
      f.statementId,
    ],
  );
}

/** Creates the bundle's new claims and links its statements; keeps every count up to date. */
export async function linkBundle(
  db: PgDb,
  b: ArticleBundle,
  articleId: number,
  statementIds: number[],
): Promise<number[]> {
  const created: number[] = [];
  for (const c of b.newClaims)
    created.push(
      (await one<{ id: number }>(
        db,
        "INSERT INTO claims (label, key, profile, updated_at) VALUES (?, ?, '{}', ?) RETURNING id",
        [c.label, c.key, now()],
      ))!.id,
    );
  const touched = new Set<number>();
  for (const link of b.links) {
    const claim = 'id' in link.claim ? link.claim.id : created[link.claim.created]!;
    const s = b.statements[link.statement]!;
    const root = b.roots[link.statement]!;
    const aff = b.affiliations[link.statement] ?? null;
    const r = await q(
      db,
      `INSERT INTO claim_statements (claim_id, statement_id, stance, reason, root, root_name, affiliation, affiliation_name, label, label_score, label_lang)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      [
        claim,
        statementIds[link.statement],
        link.stance,
        JSON.stringify(link.reason),
        root.key,
        root.name,
        aff?.key ?? null,
        aff?.name ?? null,
        link.label.text,
        link.label.score,
        b.article.language,
      ],
    );
    if (!r.rowCount) continue;
    touched.add(claim);
    const row: TallyRow = {
      statementId: statementIds[link.statement]!,
      stance: link.stance,
      saidOn: s.saidOn,
      speakerName: s.speakerName,
      speakerEntity: s.speakerEntity,
      root,
      affiliation: aff,
      language: b.article.language,
      articleId,
      figures: b.figures[link.statement] ?? [],
    };
    const stance = stanceOf(link.stance);
    await q(
      db,
      `UPDATE claims SET statements = statements + 1, n_${stance} = n_${stance} + 1,
         first_seen = CASE WHEN $1::text IS NULL THEN first_seen WHEN first_seen IS NULL OR $1 < first_seen THEN $1 ELSE first_seen END,
         last_seen = CASE WHEN $1::text IS NULL THEN last_seen WHEN last_seen IS NULL OR $1 > last_seen THEN $1 ELSE last_seen END,
         updated_at = $2 WHERE id = $3`,
      [s.saidOn, now(), claim],
    );
    for (const k of tallyKeys(row)) {
      const counter = KEY_COUNTER[k.kind];
      if ((await bumpKey(db, claim, k.kind, k.key, k.name)) && counter)
        await q(db, `UPDATE claims SET ${counter} = ${counter} + 1 WHERE id = ?`, [claim]);
    }
    await offerLabel(db, claim, row.statementId, link.label, b.article.language);
    const concepts = (b.concepts[link.statement] ?? []).filter((c) => !c.startsWith('#'));
    if (concepts.length)
      await q(
        db,
        `INSERT INTO claim_concepts (concept, claim_id, n) SELECT c, ?, count(*) FROM unnest(?::text[]) c GROUP BY c
         ON CONFLICT (concept, claim_id) DO UPDATE SET n = claim_concepts.n + excluded.n`,
        [claim, concepts],
      );
    for (const f of timelineFigures(row)) await addFigure(db, claim, f);
  }
  return [...touched];
}

/** Rebuilds a claim's counts from its links with `tally` (after statements were replaced); drops empty claims. */
export async function recomputeClaim(db: PgDb, claim: number): Promise<void> {
  const links = await rows<{
    statement_id: number;
    stance: string;
    root: string;
    root_name: string;
    affiliation: string | null;
    affiliation_name: string | null;
    label: string | null;
    label_score: number | null;
    said_on: string | null;
    speaker_name: string;
    speaker_entity: string | null;
    article_id: number;
    language: string;
    figures: Array<{
      value: number;
      max: number | null;
      qualifier: string;
      unit: string | null;
      planned: number;
    }>;
  }>(
    db,
    `SELECT cs.statement_id, cs.stance, cs.root, cs.root_name, cs.affiliation, cs.affiliation_name,
       cs.label, cs.label_score, s.said_on, s.speaker_name, s.speaker_entity, a.id AS article_id, a.language,
       coalesce((SELECT json_agg(json_build_object('value', f.value, 'max', f.max, 'qualifier', f.qualifier, 'unit', f.unit, 'planned', f.planned) ORDER BY f.id)
                 FROM figures f WHERE f.statement_id = cs.statement_id), '[]') AS figures
     FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id JOIN articles a ON a.id = s.article_id
     WHERE cs.claim_id = ? ORDER BY cs.statement_id`,
    [claim],
  );
  if (links.length === 0) {
    await q(db, 'DELETE FROM claims WHERE id = ?', [claim]);
    return;
  }
  const tallied: TallyRow[] = links.map((l) => ({
    statementId: l.statement_id,
    stance: l.stance,
    saidOn: l.said_on,
    speakerName: l.speaker_name,
    speakerEntity: l.speaker_entity,
    root: { key: l.root, name: l.root_name },
    affiliation: l.affiliation ? { key: l.affiliation, name: l.affiliation_name ?? l.affiliation } : null,
    language: l.language,
    articleId: l.article_id,
    figures: l.figures.map((f) => ({
      value: f.value,
      ...(f.max !== null ? { max: f.max } : {}),
      qualifier: f.qualifier,
      unit: f.unit,
      planned: !!f.planned,
    })),
  }));
  const t = tally(tallied);
  await q(db, 'DELETE FROM claim_keys WHERE claim_id = ?', [claim]);
  for (const [kind, m] of Object.entries(t.keys))
    for (const [k, v] of m)
      await q(db, 'INSERT INTO claim_keys (claim_id, kind, key, name, n) VALUES (?, ?, ?, ?, ?)', [
        claim,
        kind,
        k,
        v.name,
        v.n,
      ]);
  await q(db, 'DELETE FROM claim_figures WHERE claim_id = ?', [claim]);
  for (const f of t.figures) await addFigure(db, claim, f);
  await q(
    db,
    `UPDATE claims SET statements = ?, articles = ?, n_assert = ?, n_deny = ?, n_hedge = ?, n_conditional = ?, n_question = ?,
       independent = ?, speakers = ?, first_seen = ?, last_seen = ?, updated_at = ?, label_score = NULL, label_lang = NULL WHERE id = ?`,
    [
      t.statements,
      t.keys.article.size,
      ...STANCES.map((s) => t.stances[s]),
      t.keys.root.size,
      t.keys.speaker.size,
      t.firstSeen,
      t.lastSeen,
      now(),
      claim,
    ],
  );
  for (const l of links)
    if (l.label !== null && l.label_score !== null)
      await offerLabel(db, claim, l.statement_id, { text: l.label, score: l.label_score }, l.language);
}

export async function claimCandidates(db: PgDb, concepts: string[], limit: number) {
  return claimProfiles(db, await claimCandidateIds(db, concepts, limit));
}

export async function claimCandidateIds(db: PgDb, concepts: string[], limit: number): Promise<number[]> {
  const uniq = [...new Set(concepts)];
  if (!uniq.length) return [];
  // the 100 most recent claims of each concept, scored by how many concepts they share
  const found = await rows<{ claim_id: number }>(
    db,
    `SELECT k.claim_id FROM unnest(?::text[]) AS c(concept),
       LATERAL (SELECT claim_id FROM claim_concepts WHERE concept = c.concept ORDER BY claim_id DESC LIMIT 100) k`,
    [uniq],
  );
  const score = new Map<number, number>();
  for (const r of found) score.set(r.claim_id, (score.get(r.claim_id) ?? 0) + 1);
  return [...score]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, limit)
    .map(([id]) => id);
}

export async function claimProfiles(db: PgDb, ids: number[]) {
  if (!ids.length) return [];
  const found = await rows<{ id: number; label: string }>(
    db,
    'SELECT id, label FROM claims WHERE id = ANY(?::int[])',
    [ids],
  );
  const profiles = await profilesOf(db, ids);
  return found.map((r) => ({ id: r.id, label: r.label, profile: profiles.get(r.id)! }));
}

export async function getClaim(db: PgDb, id: number): Promise<ClaimRecord | null> {
  const r = await one<ClaimReadRow>(
    db,
    `SELECT ${claimReadColumns(DETAIL_CAPS)} FROM claims c WHERE c.id = ?`,
    [id],
  );
  return r ? toClaimRecord(r) : null;
}

/** Claims by id, in the order asked: a search's or an entity's claims in five queries, not five per claim. */
export async function getClaims(db: PgDb, ids: number[]): Promise<ClaimRecord[]> {
  if (!ids.length) return [];
  const found = await rows<ClaimRow>(db, `SELECT ${CLAIM_COLUMNS} FROM claims c WHERE c.id = ANY(?::int[])`, [
    ids,
  ]);
  const byId = new Map((await toClaims(db, found, DETAIL_CAPS)).map((c) => [c.id, c]));
  return ids.map((id) => byId.get(id)).filter((c): c is ClaimRecord => c !== undefined);
}

export async function listClaims(db: PgDb, f: ListFilter, page: Page) {
  const w: string[] = [];
  const p: unknown[] = [];
  const add = (cond: string, ...params: unknown[]) => {
    w.push(cond);
    p.push(...params);
  };
  if (f.lang)
    add(
      "EXISTS (SELECT 1 FROM claim_keys k WHERE k.claim_id = c.id AND k.kind = 'language' AND k.key = ?)",
      f.lang,
    );
  if (f.entity)
    add('EXISTS (SELECT 1 FROM claim_concepts k WHERE k.claim_id = c.id AND k.concept = ?)', f.entity);
  if (f.stance) w.push(`c.n_${(STANCES as readonly string[]).includes(f.stance) ? f.stance : 'assert'} > 0`);
  if (f.outlet)
    add(
      'EXISTS (SELECT 1 FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id JOIN articles a ON a.id = s.article_id WHERE cs.claim_id = c.id AND a.outlet = ?)',
      f.outlet,
    );
  if (f.from) add('c.last_seen >= ?', f.from);
  if (f.to) add('c.first_seen <= ?', f.to);
  if (f.q)
    add(
      `(c.label ILIKE ? OR c.key ILIKE ? OR EXISTS (SELECT 1 FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id
         WHERE cs.claim_id = c.id AND s.tsv @@ ${TSQUERY}))`,
      `%${f.q}%`,
      `%${f.q}%`,
      f.q,
    );
  const where = w.length ? `WHERE ${w.join(' AND ')}` : '';
  // the count and the page in one round trip: a page past the end still brings the count (one
  // row of nulls beside it)
  const found = await rows<ClaimRow & { total: number }>(
    db,
    `SELECT t.total, c.* FROM (SELECT count(*) AS total FROM claims c ${where}) t
     LEFT JOIN LATERAL (SELECT ${CLAIM_COLUMNS} FROM claims c ${where} ORDER BY c.statements DESC, c.id LIMIT ? OFFSET ?) c ON true
     ORDER BY c.statements DESC, c.id`,
    [...p, ...p, page.limit, page.offset],
  );
  return {
    total: Number(found[0]?.total ?? 0),
    claims: await toClaims(
      db,
      found.filter((r) => r.id !== null),
    ),
  };
}

const CLAIM_STATEMENT_SQL = `SELECT ${STATEMENT_COLUMNS}, cs.claim_id, cs.stance AS link_stance, cs.reason, a.language, a.published, a.outlet, a.title, a.copy_group
  FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id JOIN articles a ON a.id = s.article_id`;

/** A claim's statements in the order they were said (undated last); past `limit`, the first stored. */
export async function claimStatements(
  db: PgDb,
  claim: number,
  limit = 1_000_000,
): Promise<ClaimStatementRow[]> {
  const found = (
    await rows<ClaimStatementSqlRow>(
      db,
      `${CLAIM_STATEMENT_SQL} WHERE cs.claim_id = ? ORDER BY cs.statement_id LIMIT ?`,
      [claim, limit],
    )
  ).map(toClaimStatement);
  return found.sort(
    (a, b) =>
      Number(a.saidOn === null) - Number(b.saidOn === null) ||
      ((a.saidOn ?? '') < (b.saidOn ?? '') ? -1 : (a.saidOn ?? '') > (b.saidOn ?? '') ? 1 : 0) ||
      a.id - b.id,
  );
}

export async function entityStatements(db: PgDb, entity: string, limit: number) {
  return (
    await rows<ClaimStatementSqlRow>(
      db,
      `${CLAIM_STATEMENT_SQL} WHERE s.speaker_entity = ? OR s.affiliation = ? ORDER BY s.said_on DESC NULLS LAST, s.id DESC LIMIT ?`,
      [entity, entity, limit],
    )
  ).map(toClaimStatement);
}

export async function entityClaims(db: PgDb, entity: string, limit: number) {
  return (
    await rows<{ claim_id: number }>(
      db,
      'SELECT k.claim_id FROM claim_concepts k JOIN claims c ON c.id = k.claim_id WHERE k.concept = ? ORDER BY c.statements DESC LIMIT ?',
      [entity, limit],
    )
  ).map((r) => r.claim_id);
}
