import type { Correction, Verdict } from '../../domain/correction.js';
import { CorroborateError } from '../../domain/errors.js';
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
    const s = await repo.statementKey(this.db, id);
    if (!s) throw new CorroborateError('not_found', `no statement ${id}`);
    return s;
  }

  private async claim(id: number): Promise<{ id: number; label: string }> {
    const c = await one<{ id: number; label: string }>(this.db, 'SELECT id, label FROM claims WHERE id = ?', [
      id,
    ]);
    if (!c) throw new CorroborateError('not_found', `no claim ${id}`);
    return { id: Number(c.id), label: c.label };
  }

  private async log(c: repo.NewCorrection): Promise<Correction> {
    return (await repo.getCorrection(this.db, await repo.insertCorrection(this.db, c)))!;
  }

  async correctStatement(
    statementId: number,
    change: { stance?: string; speaker?: { name: string; entityId: string | null }; notStatement?: boolean },
    who: Who,
  ) {
    return this.tx('correcting the statement', async () => {
      const s = await this.statement(statementId);
      const base = {
        by: who.by,
        reason: who.reason ?? null,
        statement: s.key,
        contextClaim: s.claimIds[0] ?? null,
      };
      const out: Correction[] = [];
      if (change.stance !== undefined)
        out.push(await this.log({ ...base, field: 'stance', oldValue: s.stance, newValue: change.stance }));
      if (change.speaker !== undefined)
        out.push(
          await this.log({ ...base, field: 'speaker', oldValue: s.speaker, newValue: change.speaker }),
        );
      if (change.notStatement !== undefined)
        out.push(
          await this.log({ ...base, field: 'not-statement', oldValue: false, newValue: change.notStatement }),
        );
      if (!out.length)
        throw new CorroborateError(
          'usage',
          'nothing to correct: give a stance, a speaker or not-a-statement',
        );
      await repo.applyCorrections(this.db, [s.articleId]);
      return out;
    });
  }

  async moveStatement(statementId: number, to: { claimId: number } | { newClaim: string | null }, who: Who) {
    return this.tx('moving the statement', async () => {
      const s = await this.statement(statementId);
      const label = 'newClaim' in to ? (to.newClaim ?? s.content.slice(0, 120)) : '';
      const target =
        'claimId' in to
          ? await this.claim(to.claimId)
          : { id: await repo.createClaim(this.db, label), label };
      const c = await this.log({
        by: who.by,
        reason: who.reason ?? null,
        field: 'move',
        statement: s.key,
        claimId: target.id,
        contextClaim: s.claimIds[0] ?? null,
        oldValue: s.claimIds[0] !== undefined ? { claimId: s.claimIds[0] } : null,
        newValue: { claimId: target.id, label: target.label },
      });
      await repo.applyCorrections(this.db, [s.articleId]);
      return c;
    });
  }

  async mergeClaims(keep: number, other: number, who: Who) {
    return this.tx('merging the claims', async () => {
      if (keep === other) throw new CorroborateError('usage', 'a claim cannot be merged into itself');
      await this.claim(keep);
      const o = await this.claim(other);
      const c = await this.log({
        by: who.by,
        reason: who.reason ?? null,
        field: 'merge',
        claimId: keep,
        otherId: String(other),
        oldValue: { claimId: other, label: o.label },
        newValue: { claimId: keep, statements: await repo.claimStatementKeys(this.db, other) },
      });
      await repo.applyCorrections(this.db, []);
      return c;
    });
  }

  async labelClaim(claimId: number, label: string, who: Who) {
    return this.tx('renaming the claim', async () => {
      const c = await this.claim(claimId);
      const out = await this.log({
        by: who.by,
        reason: who.reason ?? null,
        field: 'label',
        claimId,
        oldValue: c.label,
        newValue: label,
      });
      await repo.applyCorrections(this.db, []);
      return out;
    });
  }

  async setVerdict(claimId: number, verdict: Omit<Verdict, 'by' | 'at'>, who: Who) {
    return this.tx('giving the verdict', async () => {
      await this.claim(claimId);
      const prior = (await repo.claimCorrections(this.db, claimId))
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
    return this.tx('marking the sources', async () => {
      const c = await this.log({
        by: who.by,
        reason: who.reason ?? null,
        field: 'independence',
        otherId: other,
        oldValue: null,
        newValue: { root, same },
      });
      await repo.applyCorrections(this.db, []);
      return c;
    });
  }

  async undo(id: number, who: Who) {
    return this.tx('undoing the correction', async () => {
      const c = await repo.getCorrection(this.db, id);
      if (!c) throw new CorroborateError('not_found', `no correction ${id}`);
      if (c.field === 'undo') throw new CorroborateError('usage', `correction ${id} is itself an undo`);
      if (c.undoneBy !== null)
        throw new CorroborateError('usage', `correction ${id} was already undone by ${c.undoneBy}`);
      const u = await this.log({
        by: who.by,
        reason: who.reason ?? null,
        field: 'undo',
        claimId: c.claimId,
        contextClaim: c.claimId ?? null,
        undoes: id,
        oldValue: c.newValue,
        newValue: c.oldValue,
      });
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
