import type { TokenizeOptions } from './tokenize.js';

/**
 * The tokenize options of the lexicon whose structures are being compiled: a lexicon phrase is
 * cut as that language's text is, so Korean "사실이 아니다" becomes "사실" "이" "아니다" like the
 * text, and a phrase written split already ("사실 이 아니다") gives the same tokens.
 * Set by `Lexicon.compiled` around each build; undefined outside a build (no language's options).
 */
let current: TokenizeOptions | undefined;

export const phraseOptions = (): TokenizeOptions | undefined => current;

/** Runs `build` with `opts` as the options of every lexicon phrase tokenized inside it. */
export function withPhraseOptions<T>(opts: TokenizeOptions | undefined, build: () => T): T {
  const outer = current;
  current = opts;
  try {
    return build();
  } finally {
    current = outer;
  }
}
