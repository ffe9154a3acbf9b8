import { describe, expect, it } from 'vitest';
import { extract, mentionTexts } from './test-helpers.js';

describe('common Indonesian words capitalised where capitals say nothing', () => {
  it('reads a verb in a sentence-case headline as the verb the body writes in lower case', () => {
    const doc = extract(
      'Kasus Mpox Menjadi perhatian dunia\n\nJakarta — Jumlah kasus mpox di Afrika terus bertambah dan kini menjadi perhatian dunia.',
      'id',
    );
    expect(mentionTexts(doc).some((m) => /Menjadi|Kasus/.test(m))).toBe(false);
    expect(mentionTexts(doc)).toEqual(expect.arrayContaining(['Jakarta', 'Afrika']));
  });

  it('keeps a lone capital of a headline only when the body explains it', () => {
    const doc = extract(
      'Afrika Menjadi episentrum wabah\n\nAfrika kini menjadi episentrum wabah mpox.',
      'id',
    );
    expect(mentionTexts(doc)).not.toContain('Menjadi');
  });

  it('does not read a cue verb opening a sentence as part of a name', () => {
    const doc = extract('Dilansir Kabar Timur, Sutrisno mengatakan belum ada keputusan.', 'id');
    expect(mentionTexts(doc).some((m) => m.includes('Dilansir'))).toBe(false);
    expect(mentionTexts(doc)).toContain('Sutrisno');
  });

  it('still reads a name that opens a sentence when the article never writes it in lower case', () => {
    const doc = extract('Sutrisno, warga Desa Jati, mengaku rumahnya terendam.', 'id');
    expect(mentionTexts(doc)).toContain('Sutrisno');
  });

  it('reads no entity from a bare country code', () => {
    const doc = extract('Menurut Reuters, pejabat ET dan EG membantah laporan itu.', 'id');
    expect(mentionTexts(doc)).toEqual(['Reuters']);
  });
});
