import { describe, expect, it } from 'vitest';
import { extractText } from '../../services/extract.js';
import { decodeExtraction, encodeExtraction, storedRests } from './extraction-blob.js';

const TEXT =
  'Gubernur Jawa Barat, Rina Sari, mengatakan 1.200 warga telah dievakuasi sejak Senin. "Kami belum bisa memastikan jumlah korban," kata Rina.';

describe('the stored extraction', () => {
  it('is put back whole from the deflated rest, the text and the statements', () => {
    const x = extractText(TEXT, { lang: 'id', published: '2024-03-04' });
    expect(x.statements.length).toBeGreaterThan(0);
    const stored = encodeExtraction(x);
    expect(stored.length).toBeLessThan(JSON.stringify(x).length / 3);
    expect(decodeExtraction(stored, x.text, () => x.statements)).toEqual(x);
  });

  it("keeps each statement's rest, so the statement comes back from its row's columns over it", () => {
    const x = extractText(TEXT, { lang: 'id', published: '2024-03-04' });
    const rests = storedRests(encodeExtraction(x))!;
    expect(rests).toHaveLength(x.statements.length);
    expect(rests.every((r) => !('content' in r) && r.speaker && !('name' in r.speaker))).toBe(true);
  });

  it('still reads the whole JSON text that earlier ledgers kept', () => {
    const x = extractText(TEXT, { lang: 'id' });
    expect(decodeExtraction(JSON.stringify(x), 'ignored', () => [])).toEqual(x);
  });
});

describe('a statement row', () => {
  it("reads back exactly the statement the extractor gave, from its columns and its article's rest", async () => {
    const { SqliteStore } = await import('./store.js');
    const { Ledger } = await import('../../services/ledger.js');
    const { textArticle } = await import('../../sources/file.js');
    const store = new SqliteStore(':memory:');
    try {
      const r = await new Ledger(store).add(textArticle(TEXT, null), { lang: 'id' });
      const x = extractText(TEXT, { lang: 'id' });
      const rows = await store.articleStatements(r.id);
      expect(rows.map((s) => s.data)).toEqual(x.statements);
      expect((await store.getArticle(r.id))!.extraction.statements).toEqual(x.statements);
      const raw = store.db
        .prepare('SELECT data FROM statements WHERE article_id = ?')
        .pluck()
        .all(r.id) as string[];
      expect(raw.every((d) => d === '{}')).toBe(true);
      // a claim's statements read the same, their rest only when asked for
      const claim = (await store.articleStatements(r.id))[0]!.claimIds[0]!;
      for (const s of await store.claimStatements(claim))
        expect(s.data).toEqual(x.statements[rows.find((t) => t.id === s.id)!.idx]);
    } finally {
      await store.close();
    }
  });
});

describe('a ledger written before the rests moved to the article', () => {
  it('still reads each statement from the whole rest its row kept', async () => {
    const { SqliteStore } = await import('./store.js');
    const { Ledger } = await import('../../services/ledger.js');
    const { textArticle } = await import('../../sources/file.js');
    const { statementRest } = await import('./statement-data.js');
    const { deflateRawSync } = await import('node:zlib');
    const store = new SqliteStore(':memory:');
    try {
      const r = await new Ledger(store).add(textArticle(TEXT, null), { lang: 'id' });
      const x = extractText(TEXT, { lang: 'id' });
      // the older form: the rest in each row, the blob without statements
      const { text: _t, statements: _s, ...rest } = x;
      store.db
        .prepare('UPDATE articles SET extraction = ? WHERE id = ?')
        .run(deflateRawSync(JSON.stringify(rest)), r.id);
      const set = store.db.prepare('UPDATE statements SET data = ? WHERE article_id = ? AND idx = ?');
      x.statements.forEach((s, i) => set.run(JSON.stringify(statementRest(s)), r.id, i));
      expect((await store.articleStatements(r.id)).map((s) => s.data)).toEqual(x.statements);
      expect((await store.getArticle(r.id))!.extraction).toEqual(x);
    } finally {
      await store.close();
    }
  });
});
