import { describe, expect, it } from 'vitest';
import { extractText } from '../../services/extract.js';
import { decodeExtraction, encodeExtraction } from './extraction-blob.js';

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

  it('still reads the whole JSON text that earlier ledgers kept', () => {
    const x = extractText(TEXT, { lang: 'id' });
    expect(decodeExtraction(JSON.stringify(x), 'ignored', () => [])).toEqual(x);
  });
});

describe('a statement row', () => {
  it('reads back exactly the statement the extractor gave, from its columns and the compact rest', async () => {
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
      expect(raw.every((d) => !d.includes('"content"'))).toBe(true);
    } finally {
      await store.close();
    }
  });
});
