import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textArticle } from '../sources/file.js';
import type { LedgerStore } from '../store/port.js';
import { q } from '../store/postgres/db.js';
import { PgStore } from '../store/postgres/store.js';
import { describeWithPg, freshDatabase } from '../store/postgres/test-support.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { correctStatement, correctedClaim, corrections, giveVerdict, undoCorrection } from './corrections.js';
import { HARBOUR_A, HARBOUR_B } from './fixtures/corrections-articles.js';
import { Ledger } from './ledger.js';

const who = { by: 'ana' };

/** A fresh ledger of one back end, and a way to move a correction's span (as a changed text would). */
interface Backend {
  store: LedgerStore;
  setSpan(correctionId: number, start: number, end: number): Promise<void>;
  close(): Promise<void>;
}

/** The same behaviour asked of every back end that holds corrections. */
function correctionsContract(name: string, open: () => Promise<Backend>) {
  describe(`the analyst corrections (${name})`, () => {
    let backend: Backend;
    let store: LedgerStore;
    let ledger: Ledger;
    const statementAt = async (url: string, content: RegExp) => {
      const a = await store.findArticle({ url });
      const s = (await store.articleStatements(a!.id)).find((x) => content.test(x.content));
      if (!s) throw new Error(`no statement ${content}`);
      return s;
    };
    const rereadAll = async () => {
      await corrections(store).markStale();
      return ledger.reprocess();
    };

    beforeEach(async () => {
      backend = await open();
      store = backend.store;
      ledger = new Ledger(store);
      for (const a of [HARBOUR_A, HARBOUR_B])
        await ledger.add({ ...textArticle(a.text, null), url: a.url, published: a.published });
    });
    afterEach(async () => {
      await backend.close();
    });

    it('sets a stance and a speaker, keeps the old values, and marks the statement corrected', async () => {
      const s = await statementAt(HARBOUR_A.url, /tanker/);
      const [c] = await correctStatement(
        store,
        s.id,
        { stance: 'conditional' },
        { by: 'ana', reason: 'until' },
      );
      expect(c).toMatchObject({ field: 'stance', oldValue: 'assert', newValue: 'conditional', by: 'ana' });
      const claimId = s.claimIds[0]!;
      const { claim } = await correctedClaim(store, claimId);
      const shown = claim.statements.find((x) => x.id === s.id)!;
      expect(shown).toMatchObject({ stance: 'conditional', corrected: true });
      expect(claim.statements.filter((x) => x.id !== s.id).every((x) => !x.corrected)).toBe(true);
      expect(claim.stances.conditional).toBe(1);
      expect(claim.history.map((h) => h.field)).toEqual(['stance']);
    });

    it('keeps stance, speaker, moves, labels and verdicts through a re-read of every article', async () => {
      const tanker = await statementAt(HARBOUR_A.url, /tanker/);
      const vessel = await statementAt(HARBOUR_A.url, /vessel/);
      const reopenB = await statementAt(HARBOUR_B.url, /reopen/);
      const fish = await statementAt(HARBOUR_B.url, /fish/);
      const reopen = tanker.claimIds[0]!;
      await correctStatement(store, tanker.id, { stance: 'conditional' }, who);
      await correctStatement(store, vessel.id, { speaker: 'Meridian Lines' }, who);
      await correctStatement(store, fish.id, { notStatement: true }, who);
      const cs = corrections(store);
      await cs.moveStatement(reopenB.id, { claimId: reopen }, who);
      await cs.labelClaim(reopen, 'Velmora port will reopen within a week', who);
      await giveVerdict(
        store,
        reopen,
        { rating: 'Mostly True', note: 'ships waiting', status: 'review' },
        who,
      );
      const before = await correctedClaim(store, reopen);
      expect(await rereadAll()).toEqual({ reprocessed: 2 });
      const after = await correctedClaim(store, reopen);
      expect(after.claim.label).toBe('Velmora port will reopen within a week');
      expect(after.claim.verdict).toMatchObject({
        rating: 'mostly true',
        note: 'ships waiting',
        status: 'review',
        by: 'ana',
      });
      expect(after.claim.statements.map((s) => [s.content, s.stance, s.corrected])).toEqual(
        before.claim.statements.map((s) => [s.content, s.stance, s.corrected]),
      );
      expect(after.claim.statements.some((s) => s.articleId === reopenB.articleId && s.corrected)).toBe(true);
      expect((await statementAt(HARBOUR_A.url, /vessel/)).speakerName).toBe('Meridian Lines');
      const fishAgain = await statementAt(HARBOUR_B.url, /fish/);
      expect(fishAgain.claimIds).toEqual([]);
      expect(await cs.orphaned()).toEqual([]);
    });

    it('brings the machine reading back when a correction is undone, and keeps both rows', async () => {
      const tanker = await statementAt(HARBOUR_A.url, /tanker/);
      const [c] = await correctStatement(store, tanker.id, { stance: 'deny' }, who);
      const u = await undoCorrection(ledger, c!.id, { by: 'ben' });
      expect(u).toMatchObject({ field: 'undo', undoes: c!.id, by: 'ben' });
      const again = await statementAt(HARBOUR_A.url, /tanker/);
      expect(again.stance).toBe('assert');
      expect(await corrections(store).get(c!.id)).toMatchObject({ undoneBy: u.id });
      expect((await corrections(store).all()).length).toBe(2);
    });

    it('lists a correction whose span vanished as orphaned instead of dropping it', async () => {
      const tanker = await statementAt(HARBOUR_A.url, /tanker/);
      const [c] = await correctStatement(store, tanker.id, { stance: 'hedge' }, who);
      // the text was re-read and no statement covers the corrected span any more
      await backend.setSpan(c!.id, 1, 9);
      await rereadAll();
      expect((await corrections(store).orphaned()).map((o) => o.id)).toEqual([c!.id]);
      expect((await statementAt(HARBOUR_A.url, /tanker/)).stance).toBe('assert');
    });

    it('merges two claims into one, and a new claim made by a move keeps its id through a re-read', async () => {
      const reopenB = await statementAt(HARBOUR_B.url, /reopen/);
      const tanker = await statementAt(HARBOUR_A.url, /tanker/);
      const cs = corrections(store);
      const moved = await cs.moveStatement(
        tanker.id,
        { newClaim: 'No tanker docks until the water is clean' },
        who,
      );
      const created = moved.claimId!;
      await cs.mergeClaims(tanker.claimIds[0]!, reopenB.claimIds[0]!, who);
      await rereadAll();
      expect(await store.getClaim(reopenB.claimIds[0]!)).toBeNull();
      const kept = await correctedClaim(store, tanker.claimIds[0]!);
      expect(kept.claim.statements.map((s) => s.articleId).sort()).toEqual([
        reopenB.articleId - 1,
        reopenB.articleId,
      ]);
      const mine = await correctedClaim(store, created);
      expect(mine.claim.statements.map((s) => s.content)).toEqual([tanker.content]);
      expect(mine.claim.label).toBe('No tanker docks until the water is clean');
    });

    it('refuses a rating outside the scale and a stance that does not exist', async () => {
      const tanker = await statementAt(HARBOUR_A.url, /tanker/);
      await expect(giveVerdict(store, tanker.claimIds[0]!, { rating: 'pants on fire' }, who)).rejects.toThrow(
        /rating/,
      );
      await expect(correctStatement(store, tanker.id, { stance: 'sarcasm' }, who)).rejects.toThrow(/stance/);
    });
  });
}

correctionsContract('SQLite', async () => {
  const store = new SqliteStore(':memory:');
  return {
    store,
    setSpan: async (id, start, end) => {
      store.db
        .prepare('UPDATE corrections SET span_start = ?, span_end = ? WHERE id = ?')
        .run(start, end, id);
    },
    close: () => store.close(),
  };
});

describeWithPg('PostgreSQL', (admin) => {
  correctionsContract('PostgreSQL', async () => {
    const { url, drop } = await freshDatabase(admin);
    const store = await new PgStore(url, { poolSize: 3 }).open();
    return {
      store,
      setSpan: async (id, start, end) => {
        await q(store.db, 'UPDATE corrections SET span_start = ?, span_end = ? WHERE id = ?', [
          start,
          end,
          id,
        ]);
      },
      close: async () => {
        await store.close();
        await drop();
      },
    };
  });
});
