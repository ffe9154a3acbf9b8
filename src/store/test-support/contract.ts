import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Ledger } from '../../services/ledger.js';
import { textArticle } from '../../sources/file.js';
import type { LedgerStore } from '../port.js';

const A = `Pasukan tambahan dikirim ke perbatasan

Menteri Pertahanan Andika Wirawan mengatakan bahwa pemerintah telah mengirim 2.000 tentara ke perbatasan timur.

“Kami tidak akan membiarkan wilayah kami dilanggar,” kata Andika di Jakarta.`;

const B = `Troops sent to the eastern border

Defence Minister Andika Wirawan said the government had sent 2,000 troops to the eastern border.

A neighbouring country's foreign ministry denied that any border had been violated.`;

/**
 * The behaviour every LedgerStore backend must show, run against each one by its own test file:
 * `runStoreContract('sqlite', () => new SqliteStore(':memory:'))`.
 */
export function runStoreContract(name: string, open: () => LedgerStore | Promise<LedgerStore>): void {
  describe(`LedgerStore contract: ${name}`, () => {
    let store: LedgerStore;
    let ledger: Ledger;
    beforeEach(async () => {
      store = await open();
      ledger = new Ledger(store);
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores an article with its statements and finds it again by content and URL', async () => {
      const r = await ledger.add({
        ...textArticle(A, null),
        url: 'https://example.test/a',
        outlet: 'Kabar Contoh',
        published: '2024-10-23',
      });
      expect(r.created).toBe(true);
      expect(r.statements).toBeGreaterThanOrEqual(2);
      const a = await store.getArticle(r.id);
      expect(a?.text).toBe(A);
      expect(a?.outlet).toBe('Kabar Contoh');
      expect((await store.findArticle({ url: 'https://example.test/a' }))?.id).toBe(r.id);
      const st = await store.articleStatements(r.id);
      expect(st).toHaveLength(r.statements);
      expect(st.every((s) => s.claimIds.length === 1)).toBe(true);
    });

    it('moves its change stamp with every commit and only then', async () => {
      const empty = await store.changeStamp();
      expect(await store.changeStamp()).toBe(empty);
      await ledger.add(textArticle(A, null));
      const one = await store.changeStamp();
      expect(one).not.toBe(empty);
      await store.listClaims({}, { limit: 10, offset: 0 });
      expect(await store.changeStamp()).toBe(one);
    });

    it('changes nothing when the same article is added again', async () => {
      const first = await ledger.add(textArticle(A, null));
      const before = await store.counts();
      const again = await ledger.add(textArticle(`${A}\n\n`, null));
      expect(again).toMatchObject({ id: first.id, created: false, reason: 'same text' });
      expect(await store.counts()).toEqual(before);
    });

    it('lists articles and claims with totals and pages', async () => {
      await ledger.add({ ...textArticle(A, null), published: '2024-10-23' });
      await ledger.add({ ...textArticle(B, null), published: '2024-10-24' });
      const arts = await store.listArticles({}, { limit: 1, offset: 0 });
      expect(arts.total).toBe(2);
      expect(arts.articles).toHaveLength(1);
      expect(arts.articles[0]!.published).toBe('2024-10-24');
      expect((await store.listArticles({ lang: 'id' }, { limit: 10, offset: 0 })).total).toBe(1);
      const claims = await store.listClaims({}, { limit: 50, offset: 0 });
      expect(claims.total).toBeGreaterThan(0);
      for (let i = 1; i < claims.claims.length; i++)
        expect(claims.claims[i - 1]!.statements).toBeGreaterThanOrEqual(claims.claims[i]!.statements);
      // a page past the end is empty and still says how many there are
      const past = await store.listClaims({}, { limit: 50, offset: claims.total + 10 });
      expect(past).toEqual({ total: claims.total, claims: [] });
      const second = await store.listClaims({}, { limit: 1, offset: 1 });
      expect(second.claims.map((c) => c.id)).toEqual([claims.claims[1]?.id].filter((x) => x !== undefined));
    });

    it('keeps every claim count equal to what its linked statements say', async () => {
      await ledger.add(textArticle(A, null));
      await ledger.add(textArticle(B, null));
      const { claims } = await store.listClaims({}, { limit: 100, offset: 0 });
      for (const c of claims) {
        const rows = await store.claimStatements(c.id);
        expect(c.statements).toBe(rows.length);
        expect(c.articles).toBe(new Set(rows.map((r) => r.articleId)).size);
        const stances = rows.reduce<Record<string, number>>(
          (m, r) => ({ ...m, [r.linkStance]: (m[r.linkStance] ?? 0) + 1 }),
          {},
        );
        expect(c.stances.assert).toBe(stances.assert ?? 0);
        expect(c.stances.deny).toBe(stances.deny ?? 0);
      }
    });

    it("gives each of a claim's statements the reason it joined it, its concepts by their keys", async () => {
      await ledger.add(textArticle(A, null));
      await ledger.add(textArticle(B, null));
      const { claims } = await store.listClaims({}, { limit: 50, offset: 0 });
      const reasons = (await Promise.all(claims.map((c) => store.claimStatements(c.id))))
        .flat()
        .map((s) => s.reason);
      expect(reasons.length).toBeGreaterThan(2);
      for (const r of reasons) {
        expect(r).toEqual({
          matched: expect.any(Array),
          score: expect.any(Number),
          rule: expect.stringMatching(/^link\./),
        });
        for (const k of r.matched) expect(k).toMatch(/^[a-z]+:[^#]/);
      }
      // a statement's concepts ("t:border", "n:troops:2000") come back as their keys
      expect(reasons.some((r) => r.matched.some((k) => k.startsWith('t:')))).toBe(true);
    });

    it('searches article text and statements without regard to case or accents', async () => {
      await ledger.add(textArticle(A, null));
      const hits = await store.search('PERBATASAN', 10);
      expect(hits.articles.length).toBe(1);
      expect(hits.statements.length).toBeGreaterThan(0);
    });

    it('filters claims by the words of their statements, not only their label', async () => {
      await ledger.add(textArticle(A, null));
      const { claims } = await store.listClaims({}, { limit: 10, offset: 0 });
      const label = claims[0]!.label;
      // a word of a statement the label may not hold, in any case
      const { total } = await store.listClaims({ q: 'TENTARA' }, { limit: 10, offset: 0 });
      expect(total).toBeGreaterThan(0);
      expect((await store.listClaims({ q: 'zzzunknownword' }, { limit: 10, offset: 0 })).total).toBe(0);
      expect(label.length).toBeGreaterThan(0);
    });

    it('replaces an extraction and keeps the claims consistent', async () => {
      const r = await ledger.add(textArticle(A, null));
      const a = await store.getArticle(r.id);
      const before = await store.counts();
      const { buildBundle } = await import('../../services/bundle.js');
      const bundle = await buildBundle(
        store,
        a!.text,
        a!.extraction,
        { url: null, canonicalUrl: null, title: null, outlet: null, published: null, path: null },
        'test@2',
      );
      await store.replaceExtraction(r.id, bundle);
      expect((await store.counts()).statements).toBe(before.statements);
      expect(await store.staleArticles('test@2', 10)).toEqual([]);
      const { claims } = await store.listClaims({}, { limit: 100, offset: 0 });
      for (const c of claims) expect(c.statements).toBe((await store.claimStatements(c.id)).length);
    });

    it('resolves entities by id and by any name they were written under', async () => {
      await ledger.add(textArticle(A, null));
      const byName = await store.getEntity('Andika Wirawan');
      expect(byName?.type).toBe('person');
      expect((await store.getEntity(byName!.id))?.name).toBe(byName!.name);
      expect(await store.getEntity('no such entity anywhere')).toBeNull();
    });
  });
}
