import type { Correction, Verdict } from '../../domain/correction.js';
import { CorroborateError } from '../../domain/errors.js';
import {
  checkMerge,
  checkUndoable,
  found,
  independenceCorrection,
  labelCorrection,
  mergeCorrection,
  moveCorrection,
  newClaimLabel,
  statementCorrections,
  undoCorrection,
  verdictCorrection,
  type StatementChange,
} from '../correction-records.js';
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
    return found(repo.statementKey(this.db, id), 'statement', id);
  }

  private claim(id: number): { id: number; label: string } {
    const c = found(
      sql(this.db, 'SELECT id, label FROM claims WHERE id = ?').get(id) as
        { id: number; label: string } | undefined,
      'claim',
      id,
    );
    return { id: Number(c.id), label: c.label };
  }

  private log(c: repo.NewCorrection): Correction {
    return repo.getCorrection(this.db, repo.insertCorrection(this.db, c))!;
  }

  async correctStatement(statementId: number, change: StatementChange, who: Who) {
    return this.tx('correcting the statement', () => {
      const s = this.statement(statementId);
      const out = statementCorrections(s, change, who).map((c) => this.log(c));
      repo.applyCorrections(this.db, [s.articleId]);
      return out;
    });
  }

  async moveStatement(statementId: number, to: { claimId: number } | { newClaim: string | null }, who: Who) {
    return this.tx('moving the statement', () => {
      const s = this.statement(statementId);
      const target = 'claimId' in to ? this.claim(to.claimId) : this.newClaim(newClaimLabel(s, to.newClaim));
      const c = this.log(moveCorrection(s, target, who));
      repo.applyCorrections(this.db, [s.articleId]);
      return c;
    });
  }

  private newClaim(label: string) {
    return { id: repo.createClaim(this.db, label), label };
  }

  async mergeClaims(keep: number, other: number, who: Who) {
    return this.tx('merging the claims', () => {
      checkMerge(keep, other);
      this.claim(keep);
      const o = this.claim(other);
      const c = this.log(mergeCorrection(keep, o, repo.claimStatementKeys(this.db, other), who));
      repo.applyCorrections(this.db, []);
      return c;
    });
  }

  async labelClaim(claimId: number, label: string, who: Who) {
    return this.tx('renaming the claim', () => {
      const c = this.log(labelCorrection(this.claim(claimId), label, who));
      repo.applyCorrections(this.db, []);
      return c;
    });
  }

  async setVerdict(claimId: number, verdict: Omit<Verdict, 'by' | 'at'>, who: Who) {
    return this.tx('giving the verdict', () => {
      this.claim(claimId);
      return this.log(verdictCorrection(claimId, repo.claimCorrections(this.db, claimId), verdict, who));
    });
  }

  async sourceIndependence(root: string, other: string, same: boolean, who: Who) {
    return this.tx('marking the sources', () => {
      const c = this.log(independenceCorrection(root, other, same, who));
      repo.applyCorrections(this.db, []);
      return c;
    });
  }

  async undo(id: number, who: Who) {
    return this.tx('undoing the correction', () => {
      const c = repo.getCorrection(this.db, id);
      checkUndoable(id, c);
      const u = this.log(undoCorrection(c, who));
      repo.markUndone(this.db, id, u.id);
      if (c.field === 'label' && c.claimId !== null)
        sql(this.db, 'UPDATE claims SET label = ? WHERE id = ?').run(String(c.oldValue), c.claimId);
      // the machine's reading comes back by re-reading the articles the correction reached
      const articleIds = repo.articlesOf(this.db, c);
      repo.applyCorrections(this.db, []);
      return { undo: repo.getCorrection(this.db, u.id)!, articleIds };
    });
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
