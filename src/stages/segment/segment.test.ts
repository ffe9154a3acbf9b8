import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/extract.js';

const sentences = (text: string, lang: string) => {
  const doc = runPipeline(text, { lang, until: 'segment' });
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('sentence splitting', () => {
  it('does not split after Dr., Prof. or an initial', () => {
    expect(sentences('Menurut Prof. Budi Santoso, Dr. Ani Wijaya sudah tiba. Ia lalu pergi.', 'id')).toEqual([
      'Menurut Prof. Budi Santoso, Dr. Ani Wijaya sudah tiba.',
      'Ia lalu pergi.',
    ]);
    expect(sentences('Officials met J. Smith in Rome. He left on Monday.', 'en')).toHaveLength(2);
  });

  it('ends a sentence at the Arabic question mark and keeps "тыс." and "млн" inside one', () => {
    expect(sentences('هل ستوافق الحكومة؟ قال الوزير إنه لا يعرف.', 'ar')).toHaveLength(2);
    expect(sentences('Эвакуированы 3,5 тыс. человек. Ущерб составил 12 млн рублей.', 'ru')).toHaveLength(2);
  });

  it('keeps numbers with separators and dates in one sentence', () => {
    expect(
      sentences('Sebanyak 3.000 tentara tiba pada 23/10 di pelabuhan. Lalu 1,5 juta orang menonton.', 'id'),
    ).toHaveLength(2);
  });

  it('keeps U.S. and A.S. initialisms inside the sentence', () => {
    expect(sentences('The U.S. Defense Department said so. Nobody else did.', 'en')).toHaveLength(2);
  });

  it('splits after a quotation that ends a sentence and keeps the attribution with its quote', () => {
    expect(sentences('“Kami siap.” Menteri itu lalu pergi. “Kami siap,” kata dia.', 'id')).toEqual([
      '“Kami siap.”',
      'Menteri itu lalu pergi.',
      '“Kami siap,” kata dia.',
    ]);
  });

  it('treats every non-empty line as a paragraph', () => {
    const doc = runPipeline('Judul berita\n\nParagraf satu.\r\nParagraf dua.\n', {
      lang: 'id',
      until: 'segment',
    });
    expect(doc.paragraphs).toHaveLength(3);
  });
});
