import { describe, expect, it } from 'vitest';
import { phraseSet } from './phrase-set.js';
import { tokenize } from './tokenize.js';

const matchesAt = (phrases: string[], text: string, i: number) =>
  phraseSet(phrases).matchAt(tokenize(text), i)?.phrase ?? null;

describe('phrase sets', () => {
  it('find the longest phrase starting at a token', () => {
    expect(matchesAt(['according', 'according to'], 'according to the police', 0)).toBe('according to');
  });

  it('find phrases whose first word is long or starts outside ASCII', () => {
    const long = 'internationalisationsbestrebungenderregierung';
    expect(matchesAt([`${long} sagte`], `Die ${long} sagte`, 1)).toBe(`${long} sagte`);
    expect(matchesAt(['ürün açıkladı'], 'Şirket ürün açıkladı', 1)).toBe('ürün açıkladı');
  });

  it('turn away words of the same length and first letter that are not in the set', () => {
    // "sand" shares length and first letter with "said"
    expect(matchesAt(['said'], 'sand said', 0)).toBeNull();
    expect(matchesAt(['said'], 'sand said', 1)).toBe('said');
  });

  it('find a phrase ending at a token', () => {
    const set = phraseSet(['juru bicara']);
    const toks = tokenize('kata juru bicara itu');
    expect(set.matchEndingAt(toks, 2)?.start).toBe(1);
    expect(set.matchEndingAt(toks, 3)).toBeNull();
  });
});
