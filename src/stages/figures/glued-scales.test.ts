import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/extract.js';

const figures = (text: string, lang: string) =>
  runPipeline(text, { published: '2024-10-25', lang }).figures.map((f) => [f.text, f.value, f.unit]);

describe('scales glued to digits in scripts without spaces', () => {
  it('reads a scale and a counter written as one word after the digits', () => {
    expect(figures('約3万人が避難した。', 'ja')).toEqual([['約3万人', 30000, 'people']]);
    expect(figures('约3万人撤离。', 'zh')).toEqual([['约3万人', 30000, 'people']]);
  });

  it('adds a smaller count glued after the scale', () => {
    expect(figures('병력 1만2000명을 보냈다.', 'ko')[0]).toEqual(['1만2000명을', 12000, 'people']);
  });

  it('reads a currency glued after a scale and before a particle', () => {
    expect(figures('피해액은 5000억원이다.', 'ko')).toEqual([['5000억원', 500000000000, 'KRW']]);
  });

  it('still reads a word glued to digits in a spaced script as a name, not a count', () => {
    expect(figures('The 5G network opened.', 'en')).toEqual([]);
  });
});
