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
import { one, q } from './db.js';
import type { PgStore } from './store.js';

/**
 * The analyst's corrections in the ledger's own PostgreSQL database. Each write is one
 * transaction under the ledger's write lock (so a worker's commit and a correction never
 * interleave) and bumps the change stamp, so every API process drops its cached pages.
 */
export class PgCorrectionStore implements CorrectionStore {
  constructor(readonly store: PgStore) {}

  private get db() {
    return this.store.db;
  }

  private tx<T>(what: string, fn: () => Promise<T>): Promise<T> {
    return this.store.batch(async () => {
      try {
        const out = await fn();
        await q(this.db, 'UPDATE ledger_stamp SET n = n + 1 WHERE id = 1');
        return out;
      } catch (cause) {
        if (cause instanceof CorroborateError) throw cause;
        throw new CorroborateError('store_failed', `${what} failed: ${(cause as Error).message}`, { cause });
      }
    });
  }

  private async statement(id: number) {
    return found(await repo.statementKey(this.db, id), 'statement', id);
  }

  private async claim(id: number): Promise<{ id: number; label: string }> {
    const c = found(
      await one<{ id: number; label: string }>(this.db, 'SELECT id, label FROM claims WHERE id = ?', [id]),
      'claim',
      id,
    );
    return { id: Number(c.id), label: c.label };
  }

  private async log(c: repo.NewCorrection): Promise<Correction> {
    return (await repo.getCorrection(this.db, await repo.insertCorrection(this.db, c)))!;
  }

  async correctStatement(statementId: number, change: StatementChange, who: Who) {
    return this.tx('correcting the statement', async () => {
      const s = await this.statement(statementId);
      const out: Correction[] = [];
      for (const c of statementCorrections(s, change, who)) out.push(await this.log(c));
      await repo.applyCorrections(this.db, [s.articleId]);
      return out;
    });
  }

  async moveStatement(statementId: number, to: { claimId: number } | { newClaim: string | null }, who: Who) {
    return this.tx('moving the statement', async () => {
      const s = await this.statement(statementId);
      const target =
        'claimId' in to ? await this.claim(to.claimId) : await this.newClaim(newClaimLabel(s, to.newClaim));
      const c = await this.log(moveCorrection(s, target, who));
      await repo.applyCorrections(this.db, [s.articleId]);
      return c;
    });
  }

  private async newClaim(label: string) {
    return { id: await repo.createClaim(this.db, label), label };
  }

  async mergeClaims(keep: number, other: number, who: Who) {
    return this.tx('merging the claims', async () => {
      checkMerge(keep, other);
      await this.claim(keep);
      const o = await this.claim(other);
      const c = await this.log(mergeCorrection(keep, o, await repo.claimStatementKeys(this.db, other), who));
      await repo.applyCorrections(this.db, []);
      return c;
    });
  }

  async labelClaim(claimId: number, label: string, who: Who) {
    return this.tx('renaming the claim', async () => {
      const c = await this.log(labelCorrection(await this.claim(claimId), label, who));
      await repo.applyCorrections(this.db, []);
      return c;
    });
  }

  async setVerdict(claimId: number, verdict: Omit<Verdict, 'by' | 'at'>, who: Who) {
    return this.tx('giving the verdict', async () => {
      await this.claim(claimId);
      const log = await repo.claimCorrections(this.db, claimId);
      return this.log(verdictCorrection(claimId, log, verdict, who));
    });
  }

  async sourceIndependence(root: string, other: string, same: boolean, who: Who) {
    return this.tx('marking the sources', async () => {
      const c = await this.log(independenceCorrection(root, other, same, who));
      await repo.applyCorrections(this.db, []);
      return c;
    });
  }

  async undo(id: number, who: Who) {
    return this.tx('undoing the correction', async () => {
      const c = await repo.getCorrection(this.db, id);
      checkUndoable(id, c);
      const u = await this.log(undoCorrection(c, who));
      await repo.markUndone(this.db, id, u.id);
      if (c.field === 'label' && c.claimId !== null)
        await q(this.db, 'UPDATE claims SET label = ? WHERE id = ?', [String(c.oldValue), c.claimId]);
      // the machine's reading comes back by re-reading the articles the correction reached
      const articleIds = await repo.articlesOf(this.db, c);
      await repo.applyCorrections(this.db, []);
      return { undo: (await repo.getCorrection(this.db, u.id))!, articleIds };
    });
  }

  /** A read on any pooled connection, once the schema is in place. */
  private async read<T>(fn: () => Promise<T>): Promise<T> {
    await this.store.open();
    return fn();
  }

  get(id: number) {
    return this.read(() => repo.getCorrection(this.db, id));
  }

  forClaim(claimId: number) {
    return this.read(() => repo.claimCorrections(this.db, claimId));
  }

  all() {
    return this.read(() => repo.allCorrections(this.db));
  }

  orphaned() {
    return this.read(() => repo.orphanedCorrections(this.db));
  }

  correctedStatements(ids: number[]) {
    return this.read(() => repo.correctedStatementIds(this.db, ids));
  }

  apply(articleIds?: number[]) {
    return this.tx('applying the corrections', () => repo.applyCorrections(this.db, articleIds));
  }

  markStale(ids?: number[]) {
    return this.tx('marking articles stale', () => repo.markStale(this.db, ids));
  }
}
