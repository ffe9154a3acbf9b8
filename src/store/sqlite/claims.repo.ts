import { claimRecord, toClaimFigure, type ClaimFigureRow, type ClaimRow } from '../claim-row.js';
import type { ClaimFigure, ClaimRecord, ClaimStatementRow, ListFilter, Page } from '../types.js';
import { STANCES, tally, type TallyRow, type TimelinePoint } from '../../ledger/claim-tally.js';
import { ftsQuery, restsOf } from './articles.repo.js';
import { conceptIds, conceptKey } from './concept-ids.js';
import { sql, type DB } from './db.js';
import { labelAfterOffer, type LabelOffer } from './label-offer.js';
import { readCache, type Profile } from './read-cache.js';
import { insertRows } from './rows-insert.js';
import { toLazyClaimStatement, type ClaimStatementSqlRow } from './rows.js';

const now = () => new Date().toISOString();

/**
 * A claim's profile for linking: the concepts at least half its statements share (its core),
 * with their counts, and "#n" the number of statements. Read from the index, so its cost does
 * not grow with the claim.
 */
function profileOf(db: DB, claim: number, statements: number): Record<string, number> {
  const rows = sql(
    db,
    'SELECT k.key AS concept, cc.n FROM claim_concepts cc JOIN concepts k ON k.id = cc.concept_id WHERE cc.claim_id = ? AND cc.n >= ?',
  ).all(claim, Math.max(1, Math.ceil(0.5 * statements))) as Array<{
    concept: string;
    n: number;
  }>;
  const p: Record<string, number> = { '#n': Math.max(1, statements) };
  for (const r of rows) p[r.concept] = r.n;
  return p;
}

/** Claims per read of `coresOf`: two parameters each. */
const CORES_PER_READ = 250;

/**
 * `profileOf` for many claims in one read each CORES_PER_READ: each claim's range of the
 * (claim_id, n) index from its own threshold, in the index's order as `profileOf` reads it.
 */
function coresOf(
  db: DB,
  claims: Array<[id: number, statements: number]>,
): Map<number, Record<string, number>> {
  const out = new Map<number, Record<string, number>>();
  for (const [id, statements] of claims) out.set(id, { '#n': Math.max(1, statements) });
  for (let i = 0; i < claims.length; i += CORES_PER_READ) {
    const part = claims.slice(i, i + CORES_PER_READ);
    const rows = sql(
      db,
      `WITH w(claim, least) AS (VALUES ${part.map(() => '(?, ?)').join(', ')})
       SELECT cc.claim_id AS claim, k.key AS concept, cc.n FROM w
         JOIN claim_concepts cc ON cc.claim_id = w.claim AND cc.n >= w.least
         JOIN concepts k ON k.id = cc.concept_id
       ORDER BY cc.claim_id, cc.n, cc.concept_id`,
    ).all(...part.flatMap(([id, statements]) => [id, Math.max(1, Math.ceil(0.5 * statements))])) as Array<{
      claim: number;
      concept: string;
      n: number;
    }>;
    for (const r of rows) out.get(Number(r.claim))![r.concept] = r.n;
  }
  return out;
}

/** The language most of a claim's statements are in (ties: the first by code). */
export function majorityLanguage(db: DB, claim: number): string | null {
  const r = sql(
    db,
    "SELECT key FROM claim_keys WHERE claim_id = ? AND kind = 'language' ORDER BY n DESC, key LIMIT 1",
  ).get(claim) as { key: string } | undefined;
  return r?.key ?? null;
}

/** Gives a claim the statement's label when it reads better than the one it has (see labelAfterOffer). */
function offerLabel(
  db: DB,
  claim: number,
  statementId: number,
  label: { text: string; score: number },
  language: string,
): void {
  const cur = sql(db, 'SELECT label_score, label_lang FROM claims WHERE id = ?').get(claim) as
    { label_score: number | null; label_lang: string | null } | undefined;
  const next = labelAfterOffer(
    { text: null, statementId: null, score: cur?.label_score ?? null, language: cur?.label_lang ?? null },
    { text: label.text, statementId, score: label.score, language },
    () => majorityLanguage(db, claim),
    (lang) => bestLabel(db, claim, lang),
  );
  if (next)
    sql(
      db,
      'UPDATE claims SET label = ?, label_statement_id = ?, label_score = ?, label_lang = ? WHERE id = ?',
    ).run(next.text, next.statementId, next.score, next.language, claim);
}

/**
 * A link's label as stored: '' when it is the statement's whole content (half of them are), so
 * the words are kept once (see link-bundle.ts). Read with the statement joined as s.
 */
export const LABEL_SQL = "CASE WHEN cs.label = '' THEN s.content ELSE cs.label END";

/** The best label among a claim's linked statements in a language: highest score, then earliest. */
export function bestLabel(db: DB, claim: number, language: string): LabelOffer | undefined {
  const r = sql(
    db,
    `SELECT cs.statement_id, ${LABEL_SQL} AS label, cs.label_score FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id
     WHERE cs.claim_id = ? AND cs.label_lang = ? AND cs.label IS NOT NULL
     ORDER BY cs.label_score DESC, cs.statement_id LIMIT 1`,
  ).get(claim, language) as { statement_id: number; label: string; label_score: number } | undefined;
  return r
    ? { text: r.label, statementId: Number(r.statement_id), score: r.label_score, language }
    : undefined;
}

export const FIGURE_INSERT =
  'INSERT INTO claim_figures (claim_id, value, max, max_key, qualifier, unit, planned, said_key, said_on, speaker, article_id, statement_id)';
/** A claim keeps the first statement of each distinct figure (see ledger/claim-tally). */
export const FIGURE_UPSERT = `ON CONFLICT (claim_id, value, max_key, qualifier, unit, planned) DO UPDATE SET
  said_key = excluded.said_key, said_on = excluded.said_on, speaker = excluded.speaker,
  article_id = excluded.article_id, statement_id = excluded.statement_id
  WHERE excluded.said_key < claim_figures.said_key`;

export function figureRow(claim: number, f: TimelinePoint): unknown[] {
  return [
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
  ];
}

/** Rebuilds a claim's counts from its links (after statements were replaced); drops empty claims. */
export function recomputeClaim(db: DB, claim: number): void {
  const links = sql(
    db,
    `SELECT cs.statement_id, cs.stance, cs.root, cs.root_name, cs.affiliation, cs.affiliation_name,
       ${LABEL_SQL} AS label, cs.label_score, s.said_on, s.speaker_name, s.speaker_entity, a.id AS article_id, a.language
     FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id JOIN articles a ON a.id = s.article_id
     WHERE cs.claim_id = ? ORDER BY cs.statement_id`,
  ).all(claim) as Array<{
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
  }>;
  if (links.length === 0) {
    sql(db, 'DELETE FROM claims WHERE id = ?').run(claim);
    return;
  }
  const figs = sql(
    db,
    'SELECT value, max, qualifier, unit, planned FROM figures WHERE statement_id = ? ORDER BY rowid',
  );
  const rows: TallyRow[] = links.map((l) => ({
    statementId: Number(l.statement_id),
    stance: l.stance,
    saidOn: l.said_on,
    speakerName: l.speaker_name,
    speakerEntity: l.speaker_entity,
    root: { key: l.root, name: l.root_name },
    affiliation: l.affiliation ? { key: l.affiliation, name: l.affiliation_name ?? l.affiliation } : null,
    language: l.language,
    articleId: Number(l.article_id),
    figures: (
      figs.all(l.statement_id) as Array<{
        value: number;
        max: number | null;
        qualifier: string;
        unit: string | null;
        planned: number;
      }>
    ).map((f) => ({
      value: f.value,
      ...(f.max !== null ? { max: f.max } : {}),
      qualifier: f.qualifier,
      unit: f.unit,
      planned: !!f.planned,
    })),
  }));
  const t = tally(rows);
  sql(db, 'DELETE FROM claim_keys WHERE claim_id = ?').run(claim);
  const key = sql(db, 'INSERT INTO claim_keys (claim_id, kind, key, name, n) VALUES (?, ?, ?, ?, ?)');
  for (const [kind, m] of Object.entries(t.keys))
    for (const [k, v] of m) key.run(claim, kind, k, v.name, v.n);
  sql(db, 'DELETE FROM claim_figures WHERE claim_id = ?').run(claim);
  insertRows(
    db,
    FIGURE_INSERT,
    t.figures.map((f) => figureRow(claim, f)),
    FIGURE_UPSERT,
  );
  sql(
    db,
    `UPDATE claims SET statements = ?, articles = ?, n_assert = ?, n_deny = ?, n_hedge = ?, n_conditional = ?, n_question = ?,
       independent = ?, speakers = ?, first_seen = ?, last_seen = ?, updated_at = ?, label_score = NULL, label_lang = NULL WHERE id = ?`,
  ).run(
    t.statements,
    t.keys.article.size,
    ...STANCES.map((s) => t.stances[s]),
    t.keys.root.size,
    t.keys.speaker.size,
    t.firstSeen,
    t.lastSeen,
    now(),
    claim,
  );
  // the label: the best of the statements still linked
  for (const l of links)
    if (l.label !== null && l.label_score !== null)
      offerLabel(db, claim, l.statement_id, { text: l.label, score: l.label_score }, l.language);
}

export function claimCandidates(db: DB, concepts: string[], limit: number) {
  return claimProfiles(db, claimCandidateIds(db, concepts, limit));
}

export function claimCandidateIds(db: DB, concepts: string[], limit: number): number[] {
  const q = sql(
    db,
    'SELECT claim_id FROM claim_concepts WHERE concept_id = ? ORDER BY claim_id DESC LIMIT 100',
  ).pluck();
  const cache = readCache(db).latest;
  const score = new Map<number, number>();
  let numbers: Map<string, number> | null = null;
  for (const c of new Set(concepts)) {
    let ids = cache.get(c);
    if (!ids) {
      // a concept the ledger has never linked has no claims
      numbers ??= conceptIds(db, concepts);
      const n = numbers.get(c);
      cache.set(c, (ids = n === undefined ? [] : (q.all(n) as number[]).map(Number)));
    }
    for (const id of ids) score.set(id, (score.get(id) ?? 0) + 1);
  }
  return [...score]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, limit)
    .map(([id]) => id);
}

/** Claims' profiles for linking (those of `ids` that exist), read once until they change. */
export function claimProfiles(db: DB, ids: number[]): Profile[] {
  if (!ids.length) return [];
  const cache = readCache(db).profiles;
  const missing = ids.filter((id) => !cache.has(id));
  if (missing.length) {
    const rows = sql(
      db,
      `SELECT id, label, statements FROM claims WHERE id IN (${missing.map(() => '?').join(',')})`,
    ).all(...missing) as Array<{ id: number; label: string; statements: number }>;
    const cores = coresOf(
      db,
      rows.map((r) => [Number(r.id), r.statements]),
    );
    for (const r of rows)
      cache.set(Number(r.id), { id: Number(r.id), label: r.label, profile: cores.get(Number(r.id))! });
  }
  // in id order, as the store always listed them
  return [...new Set(ids)].sort((a, b) => a - b).flatMap((id) => cache.get(id) ?? []);
}

/** The figure timeline of claims, first statement per distinct figure, in date order; at most `cap` each. */
function figuresOf(db: DB, ids: number[], cap = 100): Map<number, ClaimFigure[]> {
  const out = new Map<number, ClaimFigure[]>();
  if (!ids.length) return out;
  // one indexed range per claim, stopped at the cap: the largest claims have thousands of figures
  const q = sql(db, 'SELECT * FROM claim_figures WHERE claim_id = ? ORDER BY said_key LIMIT ?');
  const rows = ids.flatMap((id) => q.all(id, cap)) as Array<ClaimFigureRow & { claim_id: number }>;
  for (const r of rows) {
    const list = out.get(r.claim_id) ?? [];
    list.push(toClaimFigure(r));
    out.set(r.claim_id, list);
  }
  return out;
}

function keysOf(
  db: DB,
  ids: number[],
  kind: string,
  cap = 1_000_000,
): Map<number, Array<{ key: string; name: string; n: number }>> {
  const out = new Map<number, Array<{ key: string; name: string; n: number }>>();
  const q = sql(
    db,
    'SELECT key, name, n FROM claim_keys WHERE claim_id = ? AND kind = ? ORDER BY n DESC, key LIMIT ?',
  );
  for (const id of ids) out.set(id, q.all(id, kind, cap) as Array<{ key: string; name: string; n: number }>);
  return out;
}

/** What a list shows of each claim; one claim's own page shows more. */
const LIST_CAPS = { figures: 20, affiliations: 10 };
const DETAIL_CAPS = { figures: 100, affiliations: 1_000_000 };

function toClaims(db: DB, rows: ClaimRow[], caps = LIST_CAPS): ClaimRecord[] {
  const ids = rows.map((r) => Number(r.id));
  const figures = figuresOf(db, ids, caps.figures);
  const langs = keysOf(db, ids, 'language');
  const affs = keysOf(db, ids, 'affiliation', caps.affiliations);
  return rows.map((r) =>
    claimRecord(r, {
      profile: profileOf(db, Number(r.id), r.statements),
      figures: figures.get(r.id) ?? [],
      languages: langs.get(r.id) ?? [],
      affiliations: affs.get(r.id) ?? [],
    }),
  );
}

export function getClaim(db: DB, id: number): ClaimRecord | null {
  const r = sql(db, 'SELECT * FROM claims WHERE id = ?').get(id) as ClaimRow | undefined;
  return r ? toClaims(db, [r], DETAIL_CAPS)[0]! : null;
}

export function listClaims(db: DB, f: ListFilter, page: Page): { total: number; claims: ClaimRecord[] } {
  const w: string[] = [];
  const p: unknown[] = [];
  const via = (cond: string, ...params: unknown[]) => {
    w.push(
      `EXISTS (SELECT 1 FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id JOIN articles a ON a.id = s.article_id WHERE cs.claim_id = c.id AND ${cond})`,
    );
    p.push(...params);
  };
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
    add(
      'EXISTS (SELECT 1 FROM claim_concepts k WHERE k.claim_id = c.id AND k.concept_id = (SELECT id FROM concepts WHERE key = ?))',
      f.entity,
    );
  if (f.stance) w.push(`c.n_${(STANCES as readonly string[]).includes(f.stance) ? f.stance : 'assert'} > 0`);
  if (f.outlet) via('a.outlet = ?', f.outlet);
  if (f.from) add('c.last_seen >= ?', f.from);
  if (f.to) add('c.first_seen <= ?', f.to);
  // words in the label, the concept key, or any statement of the claim (any language): a label
  // is one statement's words, so "troops" must also find "Korea Utara Kirim 1.500 Pasukan …"
  if (f.q) {
    w.push(
      `(c.label LIKE ? OR c.key LIKE ? OR EXISTS (SELECT 1 FROM claim_statements cs WHERE cs.claim_id = c.id AND cs.statement_id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)))`,
    );
    p.push(`%${f.q}%`, `%${f.q}%`, ftsQuery(f.q));
  }
  const where = w.length ? `WHERE ${w.join(' AND ')}` : '';
  const total = (sql(db, `SELECT count(*) AS n FROM claims c ${where}`).get(...p) as { n: number }).n;
  const rows = sql(
    db,
    `SELECT * FROM claims c ${where} ORDER BY c.statements DESC, c.id LIMIT ? OFFSET ?`,
  ).all(...p, page.limit, page.offset) as ClaimRow[];
  return { total, claims: toClaims(db, rows) };
}

const CLAIM_STATEMENT_SQL = `SELECT s.*, cs.claim_id, cs.stance AS link_stance, cs.reason, a.language, a.published, a.outlet, a.title, a.copy_group
  FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id JOIN articles a ON a.id = s.article_id`;

/**
 * A claim's statements in the order they were said (undated last). Past `limit`, the first
 * `limit` stored are kept: read straight from the index, so a claim of 50,000 statements costs
 * what one of 500 does.
 */
export function claimStatements(db: DB, claim: number, limit = 1_000_000): ClaimStatementRow[] {
  const rests = restsOf(db);
  const rows = (
    sql(db, `${CLAIM_STATEMENT_SQL} WHERE cs.claim_id = ? ORDER BY cs.statement_id LIMIT ?`).all(
      claim,
      limit,
    ) as ClaimStatementSqlRow[]
  ).map((r) => toLazyClaimStatement(r, rests, (id) => conceptKey(db, id)));
  return rows.sort(
    (a, b) =>
      Number(a.saidOn === null) - Number(b.saidOn === null) ||
      ((a.saidOn ?? '') < (b.saidOn ?? '') ? -1 : (a.saidOn ?? '') > (b.saidOn ?? '') ? 1 : 0) ||
      a.id - b.id,
  );
}

export function entityStatements(db: DB, entity: string, limit: number): ClaimStatementRow[] {
  const rests = restsOf(db);
  return (
    sql(
      db,
      `${CLAIM_STATEMENT_SQL} WHERE s.speaker_entity = ? OR s.affiliation = ? ORDER BY s.said_on DESC, s.id DESC LIMIT ?`,
    ).all(entity, entity, limit) as ClaimStatementSqlRow[]
  ).map((r) => toLazyClaimStatement(r, rests, (id) => conceptKey(db, id)));
}

export function entityClaims(db: DB, entity: string, limit: number): number[] {
  return (
    sql(
      db,
      `SELECT k.claim_id FROM claim_concepts k JOIN claims c ON c.id = k.claim_id
       WHERE k.concept_id = (SELECT id FROM concepts WHERE key = ?) ORDER BY c.statements DESC LIMIT ?`,
    ).all(entity, limit) as Array<{ claim_id: number }>
  ).map((r) => Number(r.claim_id));
}
