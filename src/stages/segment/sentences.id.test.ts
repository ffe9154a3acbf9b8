import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/extract.js';

const sentences = (text: string) => {
  const doc = runPipeline(text, { lang: 'id', until: 'segment' });
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('kalimat bahasa Indonesia dari teks halaman web', () => {
  it('ends a sentence at a full stop glued to a capital', () => {
    expect(sentences('Senjata itu dikirim ke Rusia.Juru Bicara Kemlu membantahnya.')).toEqual([
      'Senjata itu dikirim ke Rusia.',
      'Juru Bicara Kemlu membantahnya.',
    ]);
  });

  it('ends a sentence at a full stop glued to an opening quote', () => {
    expect(sentences('Ia lalu pergi.“Kami siap,” kata Budi.')).toEqual([
      'Ia lalu pergi.',
      '“Kami siap,” kata Budi.',
    ]);
  });

  it('keeps titles, initialisms and web addresses glued to a capital inside the sentence', () => {
    expect(
      sentences('Prof.Dr.Budi tiba bersama wartawan TEMPO.CO dan Antaranews.Com di A.S.Kemarin.'),
    ).toHaveLength(1);
  });

  it('never splits a lower-case web address or a number with separators', () => {
    expect(sentences('Hal itu dikutip dari Kompas.com, yang mencatat 3.000 pengungsi.')).toHaveLength(1);
  });

  it('keeps a dateline out of the first sentence', () => {
    expect(sentences('JAKARTA, KOMPAS.com - Polisi mengatakan 12 orang ditahan.')).toEqual([
      'JAKARTA, KOMPAS.com -',
      'Polisi mengatakan 12 orang ditahan.',
    ]);
    expect(sentences('Jakarta (ANTARA) - Polisi menahan 12 orang.')[0]).toBe('Jakarta (ANTARA) -');
    expect(sentences('Liputan6.com, Jakarta - Hujan turun lagi.')[0]).toBe('Liputan6.com, Jakarta -');
    expect(sentences('Warta.com - Hujan turun lagi.')[0]).toBe('Warta.com -');
    expect(sentences('BANDUNG, WARTA.ID-- Hujan turun lagi.')[0]).toBe('BANDUNG, WARTA.ID--');
  });

  it('does not read a dash inside a sentence as a dateline', () => {
    expect(sentences('Sugiono - yang baru dilantik - mengatakan hal itu.')).toHaveLength(1);
    expect(sentences('Laga Sabtu-Minggu ditunda, kata panitia.')).toHaveLength(1);
  });

  it('ends a headline or a caption without a full stop at the end of its line', () => {
    expect(sentences('Menlu Tolak Tuduhan\nFoto: Menteri di Jakarta\nIa berbicara Senin.')).toHaveLength(3);
  });
});
