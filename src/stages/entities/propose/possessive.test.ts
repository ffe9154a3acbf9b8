import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../lexicon/load.js';
import { tokenize } from '../../../lexicon/tokenize.js';
import { entityModel } from '../model.js';
import { possessiveLength } from './possessive.js';

const at = (text: string, word: string, lang: string, bare = false): number => {
  const tokens = tokenize(text);
  const k = tokens.findIndex((t) => t.text === word);
  return possessiveLength(tokens, k, entityModel(loadLexicon(lang)), bare);
};

describe('possessive markers come from the grammar lexicon', () => {
  it('reads the English "\'s" as one token and "\' s" written with spaces as two', () => {
    expect(at("Germany's ministry", "'s", 'en')).toBe(1);
    expect(at("Hitchcock ' s film", "'", 'en')).toBe(2);
  });

  it('takes a bare English apostrophe only when asked for', () => {
    expect(at("the Philippines' ministry", "'", 'en')).toBe(0);
    expect(at("the Philippines' ministry", "'", 'en', true)).toBe(1);
  });

  it('finds no possessive in Indonesian, whose grammar lists none', () => {
    expect(at("Jerman's kementerian", "'s", 'id')).toBe(0);
    expect(at("kata ' s", "'", 'id', true)).toBe(0);
  });
});
