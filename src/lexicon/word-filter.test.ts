import { describe, expect, it } from 'vitest';
import { WordFilter } from './word-filter.js';

describe('WordFilter', () => {
  it('never turns away a word of its set', () => {
    const words = ['kata', 'said', 'menurut', 'according', 'ujar', 'jelasnya', 'l', '', 'ł', '発表'];
    const f = new WordFilter(words);
    for (const w of words) expect(f.mayHave(w)).toBe(true);
  });

  it('turns away most words outside its set', () => {
    const f = new WordFilter(Array.from({ length: 300 }, (_, i) => `cue${i}`));
    const outside = Array.from({ length: 2000 }, (_, i) => `word${i}x`);
    const passed = outside.filter((w) => f.mayHave(w)).length;
    expect(passed).toBeLessThan(outside.length / 10);
  });

  it('keeps every word of a set larger than its table', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    const f = new WordFilter(words);
    expect(words.every((w) => f.mayHave(w))).toBe(true);
  });
});
