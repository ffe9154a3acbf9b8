import type { Lexicon } from './load.js';
import type { TokenizeOptions } from './tokenize.js';

// memoised per lexicon outside `compiled`, which itself sets these options around every build
const memo = new WeakMap<Lexicon, TokenizeOptions | null>();

/**
 * What a language's grammar adds to tokenizing (particles, apostrophe suffixes, segment splits):
 * the one place these are read, used for the text (segment stage) and for lexicon phrases alike.
 */
export function tokenizeOptionsOf(lex: Lexicon | null): TokenizeOptions | undefined {
  if (!lex) return undefined;
  let opts = memo.get(lex);
  if (opts === undefined) {
    opts = build(lex);
    memo.set(lex, opts);
  }
  return opts ?? undefined;
}

function build(l: Lexicon): TokenizeOptions | null {
  const g = l.data.grammar;
  const splits = Object.entries(g.segmentSplits);
  if (!g.particles.length && !g.apostropheSuffixes && !splits.length) return null;
  return {
    particles: [...g.particles]
      .map((p) => p.normalize('NFC').toLowerCase())
      .sort((a, b) => b.length - a.length),
    minStem: g.particleMinStem,
    shortStems: g.particleShortStems.map((w) => w.normalize('NFC').toLowerCase()),
    apostropheSuffixes: g.apostropheSuffixes,
    ...(splits.length ? { splits: new Map(splits) } : {}),
  };
}
