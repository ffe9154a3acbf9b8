import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { Ledger } from '../../services/ledger.js';
import { textArticle } from '../../sources/file.js';
import { runStoreContract } from '../test-support/contract.js';
import { recomputeClaim } from './claims.repo.js';
import { PgStore } from './store.js';
import { describeWithPg, freshDatabase } from './test-support.js';

describeWithPg('PostgreSQL ledger', (admin) => {
  const drops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const drop of drops.splice(0)) await drop();
  });
  runStoreContract('postgres', async () => {
    const { url, drop } = await freshDatabase(admin);
    drops.push(drop);
    return new PgStore(url, { poolSize: 4 }).open();
  });

  it('finds words without their accents and marks them in the snippet, stemming no language', async () => {
    const { url, drop } = await freshDatabase(admin);
    drops.push(drop);
    const store = await new PgStore(url, { poolSize: 2 }).open();
    try {
      await new Ledger(store).add(
        textArticle(
          'Banjir di Bogotá\n\nWali kota Bogotá mengatakan bahwa banjir merendam 300 rumah warga.',
          null,
        ),
      );
      const hits = await store.search('bogota', 10);
      expect(hits.articles).toHaveLength(1);
      expect(hits.articles[0]!.snippet).toMatch(/\[Bogotá\]/);
      // "rumah" is not cut to an English stem, and "rum" does not find it
      expect((await store.search('rumah', 10)).articles).toHaveLength(1);
      expect((await store.search('rum', 10)).articles).toHaveLength(0);
    } finally {
      await store.close();
    }
  });

  it('reads several claims in one batch as getClaim reads each, in the order asked', async () => {
    const { url, drop } = await freshDatabase(admin);
    drops.push(drop);
    const store = await new PgStore(url, { poolSize: 2 }).open();
    try {
      const ledger = new Ledger(store);
      for (const text of [
        'Harga beras naik\n\nMenteri Perdagangan Budi Santoso mengatakan bahwa harga beras naik 10 persen.',
        'Banjir di Medan\n\nKepala BPBD Rina Wati mengatakan bahwa banjir merendam 300 rumah warga di Medan.',
        'Troops sent to the border\n\nDefence Minister Andika Wirawan said the government had sent 2,000 troops to the border.',
      ])
        await ledger.add(textArticle(text, null));
      const ids = (await store.listClaims({}, { limit: 10, offset: 0 })).claims.map((c) => c.id);
      expect(ids.length).toBeGreaterThan(1);
      const asked = [...ids].reverse().concat([999_999]);
      const one = [];
      for (const id of asked) {
        const c = await store.getClaim(id);
        if (c) one.push(c);
      }
      expect(await store.getClaims(asked)).toEqual(one);
    } finally {
      await store.close();
    }
  });

  it('comes to the same claim counts linked one statement at a time as rebuilt all at once', async () => {
    const { url, drop } = await freshDatabase(admin);
    drops.push(drop);
    const store = await new PgStore(url, { poolSize: 2 }).open();
    const samples = path.resolve(import.meta.dirname, '..', '..', '..', 'samples');
    const manifest = JSON.parse(fs.readFileSync(path.join(samples, 'manifest.json'), 'utf8')) as Array<{
      file: string;
      language: string;
      published: string;
    }>;
    try {
      const ledger = new Ledger(store);
      for (const m of manifest.slice(0, 8))
        await ledger.add({
          ...textArticle(fs.readFileSync(path.join(samples, 'articles', m.file), 'utf8'), m.file),
          language: m.language,
          published: m.published,
        });
      const snapshot = async () =>
        (await store.listClaims({}, { limit: 500, offset: 0 })).claims.map(({ updatedAt: _, ...c }) => c);
      const incremental = await snapshot();
      expect(incremental.length).toBeGreaterThan(3);
      await store.batch(async () => {
        for (const c of incremental) await recomputeClaim(store.db, c.id);
      });
      expect(await snapshot()).toEqual(incremental);
    } finally {
      await store.close();
    }
  }, 60_000);
});
