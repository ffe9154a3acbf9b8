import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/extract.js';

const dates = (text: string, lang: string) =>
  runPipeline(text, { published: '2024-10-25', lang }).dates.map((d) => [d.text, d.value]);

describe('dates written with unit characters', () => {
  it('reads year, month and day each followed by its unit', () => {
    expect(dates('2024年10月23日、発表した。', 'ja')).toEqual([['2024年10月23日', '2024-10-23']]);
    expect(dates('2024년 10월 23일 발표했다.', 'ko')).toEqual([['2024년 10월 23일', '2024-10-23']]);
  });

  it('takes the year nearest the publication date for a month and day', () => {
    expect(dates('毛宁10月23日表示。', 'zh')).toEqual([['10月23日', '2024-10-23']]);
  });

  it('reads no date from a day count without its month', () => {
    expect(dates('3日間続いた。', 'ja')).toEqual([]);
  });

  it('reads nothing in a language whose lexicon has no unit markers', () => {
    expect(dates('10 23 2024 was the count.', 'en')).toEqual([]);
  });
});
