import type { Correction, StatementKey } from '../../domain/correction.js';
import {
  foldCorrections,
  planArticle,
  type LedgerFixes,
  type StatementFix,
} from '../../ledger/corrections.js';
import { claimsOf, rootsOf, type StatementHead } from '../correction-records.js';
import {
  ARTICLE_KEY_SQL,
  STATEMENT_HEAD_SQL,
  toCorrection,
  toStatementHead,
  type CorrectionRow,
  type NewCorrection,
  type StatementHeadRow,
} from '../correction-row.js';
import { recomputeClaim } from './claims.repo.js';
import { one, q, rows, type PgDb } from './db.js';

/*
 * SQL of the corrections on PostgreSQL: the log, and laying what it sets over the machine's
 * reading. The same steps as ../sqlite/corrections.repo.ts; what a correction means is decided
 * once, in ../../ledger/corrections.ts (foldCorrections, planArticle).
 */

export type { NewCorrection };

export async function insertCorrection(db: PgDb, c: NewCorrection): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    `INSERT INTO corrections (at, by, field, article_key, span_start, span_end, claim_id, other_id, context_claim, old_value, new_value, reason, undoes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [
      new Date().toISOString(),
      c.by,
      c.field,
      c.statement?.article ?? null,
      c.statement?.start ?? null,
      c.statement?.end ?? null,
      c.claimId ?? null,
      c.otherId ?? null,
      c.contextClaim ?? null,
      JSON.stringify(c.oldValue ?? null),
      JSON.stringify(c.newValue ?? null),
      c.reason ?? null,
      c.undoes ?? null,
    ],
  );
  return Number(r!.id);
}

export async function markUndone(db: PgDb, id: number, by: number): Promise<void> {
  await q(db, 'UPDATE corrections SET undone_by = ? WHERE id = ?', [by, id]);
}

export async function getCorrection(db: PgDb, id: number): Promise<Correction | null> {
  const r = await one<CorrectionRow>(db, 'SELECT * FROM corrections WHERE id = ?', [id]);
  return r ? toCorrection(r) : null;
}

export async function allCorrections(db: PgDb): Promise<Correction[]> {
  return (await rows<CorrectionRow>(db, 'SELECT * FROM corrections ORDER BY id')).map(toCorrection);
}

export { ARTICLE_KEY_SQL };

/** Corrections that name the claim, were made while a statement was in it, or concern its statements now. */
export async function claimCorrections(db: PgDb, claimId: number): Promise<Correction[]> {
  return (
    await rows<CorrectionRow>(
      db,
      `SELECT c.* FROM corrections c WHERE c.claim_id = $1 OR c.other_id = $1::text OR c.context_claim = $1
         OR c.id IN (SELECT u.undoes FROM corrections u WHERE u.claim_id = $1 OR u.context_claim = $1)
         OR EXISTS (SELECT 1 FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id JOIN articles a ON a.id = s.article_id
                    WHERE cs.claim_id = $1 AND c.article_key = ${ARTICLE_KEY_SQL}
                      AND c.span_start = s.span_start AND c.span_end = s.span_end)
       ORDER BY c.id`,
      [claimId],
    )
  ).map(toCorrection);
}

export async function statementKey(db: PgDb, statementId: number): Promise<StatementHead | null> {
  const r = await one<StatementHeadRow>(db, STATEMENT_HEAD_SQL, [statementId]);
  if (!r) return null;
  const claimIds = (
    await rows<{ claim_id: number }>(
      db,
      'SELECT claim_id FROM claim_statements WHERE statement_id = ? ORDER BY claim_id',
      [statementId],
    )
  ).map((x) => Number(x.claim_id));
  return toStatementHead(r, claimIds);
}

/** The stable keys of a claim's statements now. */
export async function claimStatementKeys(db: PgDb, claimId: number): Promise<StatementKey[]> {
  return (
    await rows<{ span_start: number; span_end: number; k: string }>(
      db,
      `SELECT s.span_start, s.span_end, ${ARTICLE_KEY_SQL} AS k FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id
       JOIN articles a ON a.id = s.article_id WHERE cs.claim_id = ? ORDER BY s.id`,
      [claimId],
    )
  ).map((r) => ({ article: r.k, start: r.span_start, end: r.span_end }));
}

/** Statement id -> the corrections in force on it, for marking them corrected. */
export async function correctedStatementIds(
  db: PgDb,
  statementIds: number[],
): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (!statementIds.length) return out;
  // most ledgers have few corrections: skip the statements' keys when there are none at all
  if (!(await one(db, 'SELECT 1 FROM corrections LIMIT 1'))) return out;
  const fixes = foldCorrections(await allCorrections(db));
  const found = await rows<{ id: number; span_start: number; span_end: number; k: string }>(
    db,
    `SELECT s.id, s.span_start, s.span_end, ${ARTICLE_KEY_SQL} AS k FROM statements s JOIN articles a ON a.id = s.article_id
     WHERE s.id = ANY(?::int[])`,
    [statementIds],
  );
  for (const r of found) {
    const hit = fixes.statements.get(`${r.k}#${r.span_start}-${r.span_end}`);
    if (hit) out.set(Number(r.id), hit.fix.corrections);
  }
  return out;
}

export async function createClaim(db: PgDb, label: string): Promise<number> {
  const r = await one<{ id: number }>(
    db,
    "INSERT INTO claims (label, profile, updated_at) VALUES (?, '{}', ?) RETURNING id",
    [label, new Date().toISOString()],
  );
  return Number(r!.id);
}

/** Brings back a claim the analyst names when a re-run left it out (same id, its label). */
async function ensureClaim(db: PgDb, id: number, label: string): Promise<void> {
  await q(
    db,
    "INSERT INTO claims (id, label, profile, updated_at) VALUES (?, ?, '{}', ?) ON CONFLICT (id) DO NOTHING",
    [id, label, new Date().toISOString()],
  );
}

/** recomputeClaim, and for a kept claim left with no statements, counts of zero. */
async function recount(db: PgDb, id: number): Promise<void> {
  await recomputeClaim(db, id);
  const n = await one<{ n: number }>(db, 'SELECT count(*) AS n FROM claim_statements WHERE claim_id = ?', [
    id,
  ]);
  if (Number(n?.n ?? 0) === 0) {
    await q(db, 'DELETE FROM claim_keys WHERE claim_id = ?', [id]);
    await q(db, 'DELETE FROM claim_figures WHERE claim_id = ?', [id]);
    await q(
      db,
      `UPDATE claims SET statements = 0, articles = 0, n_assert = 0, n_deny = 0, n_hedge = 0, n_conditional = 0,
         n_question = 0, independent = 0, speakers = 0, first_seen = NULL, last_seen = NULL WHERE id = ?`,
      [id],
    );
  }
}

/** Sets one key of a statement's JSON `data` (kept as text). */
const setData = (db: PgDb, id: number, path: string, value: unknown) =>
  q(db, 'UPDATE statements SET data = jsonb_set(data::jsonb, ?::text[], ?::jsonb)::text WHERE id = ?', [
    `{${path}}`,
    JSON.stringify(value),
    id,
  ]);

/** Moves a statement's link into `claimId`, keeping its stance and source root. */
async function relink(db: PgDb, id: number, claimId: number, labels: Map<number, string>): Promise<void> {
  const link = await one<Record<string, unknown>>(
    db,
    'SELECT * FROM claim_statements WHERE statement_id = ? ORDER BY claim_id LIMIT 1',
    [id],
  );
  await ensureClaim(db, claimId, labels.get(claimId) ?? 'claim');
  await q(db, 'DELETE FROM claim_statements WHERE statement_id = ?', [id]);
  const s = (await one<{ stance: string; speaker_name: string; speaker_entity: string | null }>(
    db,
    'SELECT stance, speaker_name, speaker_entity FROM statements WHERE id = ?',
    [id],
  ))!;
  const root = s.speaker_entity ?? `name:${s.speaker_name.toLowerCase()}`;
  await q(
    db,
    `INSERT INTO claim_statements (claim_id, statement_id, stance, reason, root, root_name, affiliation, affiliation_name)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    [
      claimId,
      id,
      (link?.stance as string | undefined) ?? s.stance,
      JSON.stringify({ matched: [], score: 1, rule: 'correction.move' }),
      (link?.root as string | undefined) ?? root,
      (link?.root_name as string | undefined) ?? s.speaker_name,
      link?.affiliation ?? null,
      link?.affiliation_name ?? null,
    ],
  );
}

/** Applies one statement's fix to the stored rows; returns the claims it touched. */
async function applyFix(
  db: PgDb,
  id: number,
  fix: StatementFix,
  labels: Map<number, string>,
): Promise<number[]> {
  const touched = (
    await rows<{ claim_id: number }>(db, 'SELECT claim_id FROM claim_statements WHERE statement_id = ?', [id])
  ).map((r) => Number(r.claim_id));
  if (fix.stance) {
    await q(db, 'UPDATE statements SET stance = ? WHERE id = ?', [fix.stance, id]);
    await setData(db, id, 'stance', fix.stance);
    await q(db, 'UPDATE claim_statements SET stance = ? WHERE statement_id = ?', [fix.stance, id]);
  }
  if (fix.speaker) {
    const { name, entityId } = fix.speaker;
    await q(db, 'UPDATE statements SET speaker_name = ?, speaker_entity = ? WHERE id = ?', [
      name,
      entityId,
      id,
    ]);
    await setData(db, id, 'speaker,name', name);
    await setData(db, id, 'speaker,entityId', entityId);
    // the speaker is the source root unless an affiliation stands behind it
    await q(
      db,
      'UPDATE claim_statements SET root = ?, root_name = ? WHERE statement_id = ? AND affiliation IS NULL',
      [entityId ?? `name:${name.toLowerCase()}`, name, id],
    );
  }
  await setData(db, id, 'notStatement', !!fix.notStatement);
  if (fix.notStatement) await q(db, 'DELETE FROM claim_statements WHERE statement_id = ?', [id]);
  else if (fix.claimId !== undefined && !(touched.length === 1 && touched[0] === fix.claimId)) {
    await relink(db, id, fix.claimId, labels);
    touched.push(fix.claimId);
  }
  return touched;
}

/** The articles (by key) that statement corrections name, as ids: those `articleIds` names, else all. */
async function articlesToFix(db: PgDb, keys: Set<string>, articleIds?: number[]) {
  if (!keys.size) return [];
  return rows<{ id: number; k: string }>(
    db,
    articleIds
      ? `SELECT a.id, ${ARTICLE_KEY_SQL} AS k FROM articles a WHERE a.id = ANY(?::int[]) ORDER BY a.id`
      : `SELECT a.id, ${ARTICLE_KEY_SQL} AS k FROM articles a WHERE a.url = ANY(?::text[])
           OR 'sha256:' || a.content_hash = ANY(?::text[]) ORDER BY a.id`,
    articleIds ? [articleIds] : [[...keys], [...keys]],
  ).then((r) => r.filter((x) => keys.has(x.k)));
}

/**
 * Lays the active corrections over the machine's reading of the given articles (all when none is
 * named), then the claim-level ones (merges, labels, same-origin sources); flags each statement
 * correction orphaned or not. Idempotent: applying twice changes nothing more.
 */
export async function applyCorrections(db: PgDb, articleIds?: number[]): Promise<{ orphaned: number[] }> {
  const all = await allCorrections(db);
  if (!all.length) return { orphaned: [] };
  const fixes: LedgerFixes = foldCorrections(all);
  const labels = new Map(fixes.labels);
  for (const c of all)
    if (c.field === 'move' && c.claimId !== null && !labels.has(c.claimId))
      labels.set(c.claimId, (c.newValue as { label?: string } | null)?.label ?? 'claim');
  const keys = new Set<string>([...fixes.statements.values()].map((s) => s.key.article));
  const touched = new Set<number>();
  const orphanedIds: number[] = [];
  const appliedIds: number[] = [];
  for (const a of await articlesToFix(db, keys, articleIds)) {
    const spans = (
      await rows<{ id: number; span_start: number; span_end: number }>(
        db,
        'SELECT id, span_start, span_end FROM statements WHERE article_id = ? ORDER BY idx',
        [a.id],
      )
    ).map((r) => ({ id: Number(r.id), start: r.span_start, end: r.span_end }));
    const plan = planArticle(fixes, a.k, spans);
    for (const p of plan.apply) {
      for (const t of await applyFix(db, p.statementId, p.fix, labels)) touched.add(t);
      appliedIds.push(...p.fix.corrections);
    }
    for (const o of plan.orphaned) orphanedIds.push(...o.corrections);
  }
  for (const [from, into] of fixes.merged) {
    if (from === into) continue;
    await ensureClaim(db, into, labels.get(into) ?? 'claim');
    await q(
      db,
      `INSERT INTO claim_statements (claim_id, statement_id, stance, reason, root, root_name, affiliation, affiliation_name)
       SELECT ?, statement_id, stance, reason, root, root_name, affiliation, affiliation_name FROM claim_statements WHERE claim_id = ?
       ON CONFLICT DO NOTHING`,
      [into, from],
    );
    const moved = await q(db, 'DELETE FROM claim_statements WHERE claim_id = ?', [from]);
    if ((moved.rowCount ?? 0) > 0) touched.add(from).add(into);
  }
  for (const [root, same] of fixes.sameSource) {
    const r = await q(db, 'UPDATE claim_statements SET root = ? WHERE root = ?', [same, root]);
    if ((r.rowCount ?? 0) > 0)
      for (const c of await rows<{ claim_id: number }>(
        db,
        'SELECT DISTINCT claim_id FROM claim_statements WHERE root = ?',
        [same],
      ))
        touched.add(Number(c.claim_id));
  }
  for (const id of fixes.held) await ensureClaim(db, id, labels.get(id) ?? 'claim');
  for (const id of [...new Set([...touched, ...fixes.held])].sort((x, y) => x - y)) await recount(db, id);
  for (const [id, label] of fixes.labels)
    await q(db, 'UPDATE claims SET label = ? WHERE id = ?', [label, id]);
  if (appliedIds.length)
    await q(db, 'UPDATE corrections SET orphaned = 0 WHERE id = ANY(?::int[])', [appliedIds]);
  if (orphanedIds.length)
    await q(db, 'UPDATE corrections SET orphaned = 1 WHERE id = ANY(?::int[])', [orphanedIds]);
  return { orphaned: orphanedIds };
}

/** The given articles (all when none is named) are stale: the next `reprocess` re-reads them. */
export async function markStale(db: PgDb, ids?: number[]): Promise<number> {
  const r = ids
    ? await q(db, "UPDATE articles SET pipeline = '' WHERE id = ANY(?::int[])", [ids])
    : await q(db, "UPDATE articles SET pipeline = ''");
  return r.rowCount ?? 0;
}

export async function orphanedCorrections(db: PgDb): Promise<Correction[]> {
  return (
    await rows<CorrectionRow>(
      db,
      'SELECT * FROM corrections WHERE orphaned = 1 AND undone_by IS NULL ORDER BY id',
    )
  ).map(toCorrection);
}

/** The articles a correction reached, to re-read when it is undone. */
export async function articlesOf(db: PgDb, c: Correction): Promise<number[]> {
  const ids = new Set<number>();
  if (c.statement)
    for (const r of await rows<{ id: number }>(
      db,
      `SELECT a.id FROM articles a WHERE (a.url = $1 OR 'sha256:' || a.content_hash = $1) AND ${ARTICLE_KEY_SQL} = $1`,
      [c.statement.article],
    ))
      ids.add(Number(r.id));
  const claims = claimsOf(c);
  const ofClaims = claims.length
    ? await rows<{ article_id: number }>(
        db,
        'SELECT DISTINCT s.article_id FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id WHERE cs.claim_id = ANY(?::int[])',
        [claims],
      )
    : [];
  for (const r of ofClaims) ids.add(Number(r.article_id));
  if (c.field === 'independence')
    for (const r of await rows<{ article_id: number }>(
      db,
      'SELECT DISTINCT s.article_id FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id WHERE cs.root IN (?, ?)',
      rootsOf(c),
    ))
      ids.add(Number(r.article_id));
  return [...ids];
}
