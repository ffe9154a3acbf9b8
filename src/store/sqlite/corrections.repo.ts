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
import { encodeReason } from '../link-reason.js';
import { recomputeClaim } from './claims.repo.js';
import { sql, type DB } from './db.js';

/* SQL of the corrections: the log, and applying what it sets over the machine's reading. */

export type { NewCorrection };

export function insertCorrection(db: DB, c: NewCorrection): number {
  return Number(
    sql(
      db,
      `INSERT INTO corrections (at, by, field, article_key, span_start, span_end, claim_id, other_id, context_claim, old_value, new_value, reason, undoes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
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
    ).lastInsertRowid,
  );
}

export function markUndone(db: DB, id: number, by: number): void {
  sql(db, 'UPDATE corrections SET undone_by = ? WHERE id = ?').run(by, id);
}

export function getCorrection(db: DB, id: number): Correction | null {
  const r = sql(db, 'SELECT * FROM corrections WHERE id = ?').get(id) as CorrectionRow | undefined;
  return r ? toCorrection(r) : null;
}

export function allCorrections(db: DB): Correction[] {
  return (sql(db, 'SELECT * FROM corrections ORDER BY id').all() as CorrectionRow[]).map(toCorrection);
}

/** Corrections that name the claim, were made while a statement was in it, or concern its statements now. */
export function claimCorrections(db: DB, claimId: number): Correction[] {
  return (
    sql(
      db,
      `SELECT c.* FROM corrections c WHERE c.claim_id = @id OR c.other_id = CAST(@id AS TEXT) OR c.context_claim = @id
         OR c.id IN (SELECT u.undoes FROM corrections u WHERE u.claim_id = @id OR u.context_claim = @id)
         OR EXISTS (SELECT 1 FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id JOIN articles a ON a.id = s.article_id
                    WHERE cs.claim_id = @id AND c.article_key = coalesce(a.url, 'sha256:' || a.content_hash)
                      AND c.span_start = s.span_start AND c.span_end = s.span_end)
       ORDER BY c.id`,
    ).all({ id: claimId }) as CorrectionRow[]
  ).map(toCorrection);
}

export { ARTICLE_KEY_SQL };

export function statementKey(db: DB, statementId: number): StatementHead | null {
  const r = sql(db, STATEMENT_HEAD_SQL).get(statementId) as StatementHeadRow | undefined;
  if (!r) return null;
  const claimIds = (
    sql(db, 'SELECT claim_id FROM claim_statements WHERE statement_id = ? ORDER BY claim_id').all(
      statementId,
    ) as Array<{ claim_id: number }>
  ).map((x) => Number(x.claim_id));
  return toStatementHead(r, claimIds);
}

/** The stable keys of a claim's statements now. */
export function claimStatementKeys(db: DB, claimId: number): StatementKey[] {
  return (
    sql(
      db,
      `SELECT s.span_start, s.span_end, ${ARTICLE_KEY_SQL} AS k FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id
       JOIN articles a ON a.id = s.article_id WHERE cs.claim_id = ? ORDER BY s.id`,
    ).all(claimId) as Array<{ span_start: number; span_end: number; k: string }>
  ).map((r) => ({ article: r.k, start: r.span_start, end: r.span_end }));
}

/** Statement id -> the corrections in force on it, for marking them corrected. */
export function correctedStatementIds(db: DB, statementIds: number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (!statementIds.length) return out;
  const fixes = foldCorrections(allCorrections(db));
  const rows = sql(
    db,
    `SELECT s.id, s.span_start, s.span_end, ${ARTICLE_KEY_SQL} AS k FROM statements s JOIN articles a ON a.id = s.article_id
     WHERE s.id IN (${statementIds.map(() => '?').join(',')})`,
  ).all(...statementIds) as Array<{ id: number; span_start: number; span_end: number; k: string }>;
  for (const r of rows) {
    const hit = fixes.statements.get(`${r.k}#${r.span_start}-${r.span_end}`);
    if (hit) out.set(Number(r.id), hit.fix.corrections);
  }
  return out;
}

export function createClaim(db: DB, label: string): number {
  return Number(
    sql(db, "INSERT INTO claims (label, profile, updated_at) VALUES (?, '{}', ?)").run(
      label,
      new Date().toISOString(),
    ).lastInsertRowid,
  );
}

/** Brings back a claim the analyst names when a re-run left it out (same id, its label). */
function ensureClaim(db: DB, id: number, label: string): void {
  sql(db, "INSERT OR IGNORE INTO claims (id, label, profile, updated_at) VALUES (?, ?, '{}', ?)").run(
    id,
    label,
    new Date().toISOString(),
  );
}

/** recomputeClaim, and for a kept claim left with no statements, counts of zero. */
function recount(db: DB, id: number): void {
  recomputeClaim(db, id);
  const n = sql(db, 'SELECT count(*) AS n FROM claim_statements WHERE claim_id = ?').get(id) as { n: number };
  if (n.n === 0)
    sql(
      db,
      `UPDATE claims SET statements = 0, articles = 0, n_assert = 0, n_deny = 0, n_hedge = 0, n_conditional = 0,
         n_question = 0, independent = 0, speakers = 0, first_seen = NULL, last_seen = NULL WHERE id = ?`,
    ).run(id);
}

/** Applies one statement's fix to the stored rows; returns the claims it touched. */
function applyFix(db: DB, id: number, fix: StatementFix, labels: Map<number, string>): number[] {
  const touched = (
    sql(db, 'SELECT claim_id FROM claim_statements WHERE statement_id = ?').all(id) as Array<{
      claim_id: number;
    }>
  ).map((r) => Number(r.claim_id));
  if (fix.stance) {
    sql(db, "UPDATE statements SET stance = @v, data = json_set(data, '$.stance', @v) WHERE id = @id").run({
      v: fix.stance,
      id,
    });
    sql(db, 'UPDATE claim_statements SET stance = ? WHERE statement_id = ?').run(fix.stance, id);
  }
  if (fix.speaker) {
    const { name, entityId } = fix.speaker;
    sql(
      db,
      "UPDATE statements SET speaker_name = @name, speaker_entity = @entity, data = json_set(data, '$.speaker.name', @name, '$.speaker.entityId', @entity) WHERE id = @id",
    ).run({ name, entity: entityId, id });
    // the speaker is the source root unless an affiliation stands behind it
    sql(
      db,
      'UPDATE claim_statements SET root = ?, root_name = ? WHERE statement_id = ? AND affiliation IS NULL',
    ).run(entityId ?? `name:${name.toLowerCase()}`, name, id);
  }
  sql(db, "UPDATE statements SET data = json_set(data, '$.notStatement', json(?)) WHERE id = ?").run(
    fix.notStatement ? 'true' : 'false',
    id,
  );
  if (fix.notStatement) sql(db, 'DELETE FROM claim_statements WHERE statement_id = ?').run(id);
  else if (fix.claimId !== undefined && !(touched.length === 1 && touched[0] === fix.claimId)) {
    const link = sql(db, 'SELECT * FROM claim_statements WHERE statement_id = ? LIMIT 1').get(id) as
      Record<string, unknown> | undefined;
    ensureClaim(db, fix.claimId, labels.get(fix.claimId) ?? 'claim');
    sql(db, 'DELETE FROM claim_statements WHERE statement_id = ?').run(id);
    const s = sql(db, 'SELECT stance, speaker_name, speaker_entity FROM statements WHERE id = ?').get(id) as {
      stance: string;
      speaker_name: string;
      speaker_entity: string | null;
    };
    const root = s.speaker_entity ?? `name:${s.speaker_name.toLowerCase()}`;
    sql(
      db,
      `INSERT OR IGNORE INTO claim_statements (claim_id, statement_id, stance, reason, root, root_name, affiliation, affiliation_name)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      fix.claimId,
      id,
      (link?.stance as string | undefined) ?? s.stance,
      encodeReason({ matched: [], score: 1, rule: 'correction.move' }),
      (link?.root as string | undefined) ?? root,
      (link?.root_name as string | undefined) ?? s.speaker_name,
      link?.affiliation ?? null,
      link?.affiliation_name ?? null,
    );
    touched.push(fix.claimId);
  }
  return touched;
}

/**
 * Lays the active corrections over the machine's reading of the given articles (all when none is
 * named), then the claim-level ones (merges, labels, same-origin sources); flags each statement
 * correction orphaned or not. Idempotent: applying twice changes nothing more.
 */
export function applyCorrections(db: DB, articleIds?: number[]): { orphaned: number[] } {
  const all = allCorrections(db);
  const fixes: LedgerFixes = foldCorrections(all);
  const labels = new Map(fixes.labels);
  for (const c of all)
    if (c.field === 'move' && c.claimId !== null && !labels.has(c.claimId))
      labels.set(c.claimId, (c.newValue as { label?: string } | null)?.label ?? 'claim');
  const articles = new Set<string>([...fixes.statements.values()].map((s) => s.key.article));
  const ids =
    articleIds ??
    (
      sql(db, `SELECT a.id, ${ARTICLE_KEY_SQL} AS k FROM articles a`).all() as Array<{
        id: number;
        k: string;
      }>
    )
      .filter((r) => articles.has(r.k))
      .map((r) => Number(r.id));
  const touched = new Set<number>();
  const orphanedIds: number[] = [];
  const appliedIds: number[] = [];
  for (const articleId of ids) {
    const a = sql(db, `SELECT ${ARTICLE_KEY_SQL} AS k FROM articles a WHERE a.id = ?`).get(articleId) as
      { k: string } | undefined;
    if (!a || !articles.has(a.k)) continue;
    const spans = (
      sql(db, 'SELECT id, span_start, span_end FROM statements WHERE article_id = ? ORDER BY idx').all(
        articleId,
      ) as Array<{
        id: number;
        span_start: number;
        span_end: number;
      }>
    ).map((r) => ({ id: Number(r.id), start: r.span_start, end: r.span_end }));
    const plan = planArticle(fixes, a.k, spans);
    for (const p of plan.apply) {
      for (const t of applyFix(db, p.statementId, p.fix, labels)) touched.add(t);
      appliedIds.push(...p.fix.corrections);
    }
    for (const o of plan.orphaned) orphanedIds.push(...o.corrections);
  }
  for (const [from, into] of fixes.merged) {
    if (from === into) continue;
    ensureClaim(db, into, labels.get(into) ?? 'claim');
    sql(
      db,
      `INSERT OR IGNORE INTO claim_statements (claim_id, statement_id, stance, reason, root, root_name, affiliation, affiliation_name)
       SELECT ?, statement_id, stance, reason, root, root_name, affiliation, affiliation_name FROM claim_statements WHERE claim_id = ?`,
    ).run(into, from);
    const moved = sql(db, 'DELETE FROM claim_statements WHERE claim_id = ?').run(from);
    if (moved.changes > 0) touched.add(from).add(into);
  }
  for (const [root, same] of fixes.sameSource) {
    const r = sql(db, 'UPDATE claim_statements SET root = ? WHERE root = ?').run(same, root);
    if (r.changes > 0)
      for (const c of sql(db, 'SELECT DISTINCT claim_id FROM claim_statements WHERE root = ?').all(
        same,
      ) as Array<{
        claim_id: number;
      }>)
        touched.add(Number(c.claim_id));
  }
  for (const id of fixes.held) ensureClaim(db, id, labels.get(id) ?? 'claim');
  for (const id of new Set([...touched, ...fixes.held])) recount(db, id);
  for (const [id, label] of fixes.labels) sql(db, 'UPDATE claims SET label = ? WHERE id = ?').run(label, id);
  const flag = sql(db, 'UPDATE corrections SET orphaned = ? WHERE id = ?');
  for (const id of appliedIds) flag.run(0, id);
  for (const id of orphanedIds) flag.run(1, id);
  return { orphaned: orphanedIds };
}

/** The given articles (all when none is named) are stale: the next `reprocess` re-reads them. */
export function markStale(db: DB, ids?: number[]): number {
  if (!ids) return sql(db, "UPDATE articles SET pipeline = ''").run().changes;
  const q = sql(db, "UPDATE articles SET pipeline = '' WHERE id = ?");
  return ids.reduce((n, id) => n + q.run(id).changes, 0);
}

export function orphanedCorrections(db: DB): Correction[] {
  return (
    sql(
      db,
      'SELECT * FROM corrections WHERE orphaned = 1 AND undone_by IS NULL ORDER BY id',
    ).all() as CorrectionRow[]
  ).map(toCorrection);
}

/** The articles a correction reached: re-reading them brings the machine's reading back on undo. */
export function articlesOf(db: DB, c: Correction): number[] {
  const ids = new Set<number>();
  const add = (rs: unknown[]) => {
    for (const r of rs as Array<{ article_id: number }>) ids.add(Number(r.article_id));
  };
  if (c.statement)
    add(
      sql(db, `SELECT a.id AS article_id FROM articles a WHERE ${ARTICLE_KEY_SQL} = ?`).all(
        c.statement.article,
      ),
    );
  for (const claim of claimsOf(c))
    add(
      sql(
        db,
        'SELECT DISTINCT s.article_id FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id WHERE cs.claim_id = ?',
      ).all(claim),
    );
  if (c.field === 'independence')
    add(
      sql(
        db,
        'SELECT DISTINCT s.article_id FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id WHERE cs.root IN (?, ?)',
      ).all(...rootsOf(c)),
    );
  return [...ids];
}
