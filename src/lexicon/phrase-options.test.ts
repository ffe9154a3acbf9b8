import { describe, expect, it } from 'vitest';
import { loadLexicon } from './load.js';
import { withPhraseOptions } from './phrase-options.js';
import { phraseSet } from './phrase-set.js';
import { phraseNorms, tokenize, type TokenizeOptions } from './tokenize.js';
import { tokenizeOptionsOf } from './tokenize-options.js';

// a made-up grammar with two particles, so the test does not hang on one lexicon's lists
const OPTS: TokenizeOptions = { particles: ['는', '도', '이'], minStem: 2 };
const match = (phrases: string[], text: string, i = 0) =>
  withPhraseOptions(OPTS, () => phraseSet(phrases)).matchAt(tokenize(text, 0, text.length, OPTS), i)
    ?.phrase ?? null;

describe('lexicon phrases tokenized with the language options', () => {
  it('match text whose particle the tokenizer split off', () => {
    expect(match(['사실이 아니다'], '사실이 아니다')).toBe('사실이 아니다');
  });

  it('keep one entry for a phrase also written split', () => {
    const set = withPhraseOptions(OPTS, () => phraseSet(['사실이 아니다', '사실 이 아니다']));
    const text = '사실이 아니다';
    const toks = tokenize(text, 0, text.length, OPTS);
    expect(set.matchAt(toks, 0)?.phrase).toBe('사실이 아니다');
    expect(set.findAll(toks)).toHaveLength(1);
  });

  it('still match a word ending like a particle when the text adds a particle of its own', () => {
    // "경북도" alone is cut "경북" "도"; "경북도는" is cut "경북도" "는"
    expect(match(['경북도'], '경북도는 밝혔다')).toBe('경북도');
    expect(match(['경북도'], '경북도 밝혔다')).toBe('경북도');
  });

  it('are cut with the options of the lexicon being compiled', () => {
    const ko = loadLexicon('ko');
    const set = ko.compiled('test.phrase-options', () => phraseSet(['언급을 피했다']));
    const text = '그는 언급을 피했다';
    expect(set.findAll(tokenize(text, 0, text.length, tokenizeOptionsOf(ko)))[0]?.phrase).toBe(
      '언급을 피했다',
    );
  });

  it('are unchanged in a language without particles', () => {
    const en = loadLexicon('en');
    expect(tokenizeOptionsOf(en)).toBeUndefined();
    const norms = en.compiled('test.phrase-options', () => phraseNorms("the minister's office"));
    expect(norms).toEqual(phraseNorms("the minister's office", undefined));
    expect(norms).toEqual(['the', 'minister', "'s", 'office']);
  });
});
