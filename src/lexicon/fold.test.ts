import { describe, expect, it } from 'vitest';
import { fold } from './fold.js';
import { tokenize } from './tokenize.js';

describe('fold', () => {
  it('removes Latin diacritics', () => expect(fold('Wŏnsan')).toBe('wonsan'));

  it('keeps the kana voicing marks that make another word', () => {
    expect(fold('ば')).not.toBe(fold('は'));
    expect(fold('が')).not.toBe(fold('か'));
  });
});

describe('tokenize in scripts that glue numbers to words', () => {
  it('makes the digits inside a run of Japanese a number token', () => {
    expect(tokenize('約3万人').map((t) => [t.text, t.kind])).toEqual([
      ['約', 'word'],
      ['3', 'number'],
      ['万人', 'word'],
    ]);
  });

  it('stops a Hangul word before digits glued to it', () => {
    expect(tokenize('1만2000명').map((t) => t.text)).toEqual(['1', '만', '2000', '명']);
  });

  it('keeps a Latin word with digits whole', () =>
    expect(tokenize('G20').map((t) => t.text)).toEqual(['G20']));
});
