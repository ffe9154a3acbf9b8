import type { Correction, Verdict } from '../../domain/correction.js';
import { CorroborateError } from '../../domain/errors.js';
import type { CorrectionStore, Who } from '../corrections-port.js';
import * as repo from './corrections.repo.js';
import { sql, type DB } from './db.js';

/** Corrections in the ledger's own SQLite file, on the handle the SqliteStore opened. */
export class SqliteCorrectionStore implements CorrectionStore {
  constructor(readonly db: DB) {}

  private tx<T>(what: string, fn: () => T): T {
    try {
      return this.db.inTransaction ? fn() : this.db.transaction(fn).immediate();
    } catch (cause) {
      if (cause instanceof CorroborateError) throw cause;
      throw new CorroborateError('store_failed', `${what} failed: ${(cause as Error).message}`, { cause });
    }
  }

  private statement(id: number) {
    const s = repo.statementKey(this.db, id);
    if (!s) throw new CorroborateError('not_found', `no statement ${id}`);
    return s;
  }

  private claim(id: number): { id: number; label: string } {
    const c = sql(this.db, 'SELECT id, label FROM claims WHERE id = ?').get(id) as
      { id: number; label: string } | undefined;
    if (!c) throw new CorroborateError('not_found', `no claim ${id}`);
    return { id: Number(c.id), label: c.label };
  }

  private log(c: repo.NewCorrection): Correction {
    return repo.getCorrection(this.db, repo.insertCorrection(this.db, c))!;
  }

  async correctStatement(
    statementId: number,
    change: { stance?: string; speaker?: { name: string; entityId: string | null }; notStatement?: boolean },
    who: Who,
  ) {
    return this.tx('correcting the statement', () => {
      const s = this.statement(statementId);
      const base = {
        by: who.by,
        reason: who.reason ?? null,
        statement: s.key,
        contextClaim: s.claimIds[0] ?? null,
      };
      const out: Correction[] = [];
      if (change.stance !== undefined)
        out.push(this.log({ ...base, field: 'stance', oldValue: s.stance, newValue: change.stance }));
      if (change.speaker !== undefined)
        out.push(this.log({ ...base, field: 'speaker', oldValue: s.speaker, newValue: change.speaker }));
      if (change.notStatement !== undefined)
        out.push(
          this.log({ ...base, field: 'not-statement', oldValue: false, newValue: change.notStatement }),
        );
      if (!out.length)
        throw new CorroborateError(
          'usage',
          'nothing to correct: give a stance, a speaker or not-a-statement',
        );
      repo.applyCorrections(this.db, [s.articleId]);
      return out;
    });
  }

  async moveStatement(statementId: number, to: { claimId: number } | { newClaim: string | null }, who: Who) {
    return this.tx('moving the statement', () => {
      const s = this.statement(statementId);
      const label = 'newClaim' in to ? (to.newClaim ?? s.content.slice(0, 120)) : '';
      const target =
        'claimId' in to ? this.claim(to.claimId) : { id: repo.createClaim(this.db, label), label };
      const c = this.log({
        by: who.by,
        reason: who.reason ?? null,
        field: 'move',
        statement: s.key,
        claimId: target.id,
        contextClaim: s.claimIds[0] ?? null,
        oldValue: s.claimIds[0] !== undefined ? { claimId: s.claimIds[0] } : null,
        newValue: { claimId: target.id, label: target.label },
      });
      repo.applyCorrections(this.db, [s.articleId]);
      return c;
    });
  }

  async mergeClaims(keep: number, other: number, who: Who) {
    return this.tx('merging the claims', () => {
      if (keep === other) throw new CorroborateError('usage', 'a claim cannot be merged into itself');
      this.claim(keep);
      const o = this.claim(other);
      const c = this.log({
        by: who.by,
        reason: who.reason ?? null,
        field: 'merge',
        claimId: keep,
        otherId: String(other),
        oldValue: { claimId: other, label: o.label },
        newValue: { claimId: keep, statements: repo.claimStatementKeys(this.db, other) },
      });
      repo.applyCorrections(this.db, []);
      return c;
    });
  }

  async labelClaim(claimId: number, label: string, who: Who) {
    return this.tx('renaming the claim', () => {
      const c = this.claim(claimId);
      const out = this.log({
        by: who.by,
        reason: who.reason ?? null,
        field: 'label',
        claimId,
        oldValue: c.label,
        newValue: label,
      });
      repo.applyCorrections(this.db, []);
      return out;
    });
  }

  async setVerdict(claimId: number, verdict: Omit<Verdict, 'by' | 'at'>, who: Who) {
    return this.tx('giving the verdict', () => {
      this.claim(claimId);
      const prior = repo
        .claimCorrections(this.db, claimId)
        .filter((c) => c.field === 'verdict' && c.claimId === claimId && c.undoneBy === null)
        .pop();
      return this.log({
        by: who.by,
        reason: who.reason ?? null,
        field: 'verdict',
        claimId,
        oldValue: prior?.newValue ?? null,
        newValue: { ...verdict, by: who.by, at: new Date().toISOString() },
      });
    });
  }

  async sourceIndependence(root: string, other: string, same: boolean, who: Who) {
    return this.tx('marking the sources', () => {
      const c = this.log({
        by: who.by,
        reason: who.reason ?? null,
        field: 'independence',
        otherId: other,
        oldValue: null,
        newValue: { root, same },
      });
      repo.applyCorrections(this.db, []);
      return c;
    });
  }

  async undo(id: number, who: Who) {
    return this.tx('undoing the correction', () => {
      const c = repo.getCorrection(this.db, id);
      if (!c) throw new CorroborateError('not_found', `no correction ${id}`);
      if (c.field === 'undo') throw new CorroborateError('usage', `correction ${id} is itself an undo`);
      if (c.undoneBy !== null)
        throw new CorroborateError('usage', `correction ${id} was already undone by ${c.undoneBy}`);
      const u = this.log({
        by: who.by,
        reason: who.reason ?? null,
        field: 'undo',
        claimId: c.claimId,
        contextClaim: c.claimId ?? null,
        undoes: id,
        oldValue: c.newValue,
        newValue: c.oldValue,
      });
      repo.markUndone(this.db, id, u.id);
      if (c.field === 'label' && c.claimId !== null)
        sql(this.db, 'UPDATE claims SET label = ? WHERE id = ?').run(String(c.oldValue), c.claimId);
      // the machine's reading comes back by re-reading the articles the correction reached
      const articleIds = this.articlesOf(c);
      repo.applyCorrections(this.db, []);
      return { undo: repo.getCorrection(this.db, u.id)!, articleIds };
    });
  }

  private articlesOf(c: Correction): number[] {
    const ids = new Set<number>();
    if (c.statement)
      for (const r of sql(this.db, `SELECT a.id FROM articles a WHERE ${repo.ARTICLE_KEY_SQL} = ?`).all(
        c.statement.article,
      ) as Array<{
        id: number;
      }>)
        ids.add(Number(r.id));
    const claims = [c.claimId, c.otherId && /^\d+$/.test(c.otherId) ? Number(c.otherId) : null].filter(
      (x): x is number => x !== null,
    );
    for (const claim of claims)
      for (const r of sql(
        this.db,
        'SELECT DISTINCT s.article_id FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id WHERE cs.claim_id = ?',
      ).all(claim) as Array<{ article_id: number }>)
        ids.add(Number(r.article_id));
    if (c.field === 'independence')
      for (const r of sql(
        this.db,
        'SELECT DISTINCT s.article_id FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id WHERE cs.root IN (?, ?)',
      ).all(c.otherId, (c.newValue as { root: string }).root) as Array<{ article_id: number }>)
        ids.add(Number(r.article_id));
    return [...ids];
  }

  async get(id: number) {
    return repo.getCorrection(this.db, id);
  }

  async forClaim(claimId: number) {
    return repo.claimCorrections(this.db, claimId);
  }

  async all() {
    return repo.allCorrections(this.db);
  }

  async orphaned() {
    return repo.orphanedCorrections(this.db);
  }

  async correctedStatements(ids: number[]) {
    return repo.correctedStatementIds(this.db, ids);
  }

  async apply(articleIds?: number[]) {
    return this.tx('applying the corrections', () => repo.applyCorrections(this.db, articleIds));
  }

  async markStale(ids?: number[]) {
    return repo.markStale(this.db, ids);
  }
}
