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
