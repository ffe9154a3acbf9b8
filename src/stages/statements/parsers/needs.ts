import type { PhraseSet } from '../../../lexicon/phrase-set.js';
import { WordFilter } from '../../../lexicon/word-filter.js';
import type { StatementLexicon } from '../compile.js';
import type { TokenView } from '../view.js';
import type { Parser } from './types.js';

/**
 * Most sentences of news report nothing: no cue, no "according to", no passive cue. A parser
 * that reads only from such a word at its own token cannot fire in them, so it may say so
 * (`needs`) and the stage skips it there. A need is either 'cue' (a token the view labelled as
 * the start of a cue phrase) or the name of a compiled word list of the statement lexicon: a
 * phrase set (a token that is the first word of one of its phrases), a set or a map of words
 * (a token that is one of them). "…, the minister said" needs 'cue'; "Menurut X, …" needs
 * 'according'; a sentence of figures alone has neither.
 */
export type Need = 'cue' | WordList;

type Words = PhraseSet<unknown> | ReadonlySet<string> | ReadonlyMap<string, unknown>;
type WordList = {
  [K in keyof StatementLexicon]: StatementLexicon[K] extends Words ? K : never;
}[keyof StatementLexicon];

/** Bits of the needs present in a sentence, and which parsers each combination lets run. */
export interface Gate {
  /** per parser: the bits of its needs, 0 when it declared none (it always runs) */
  masks: Map<Parser, number>;
  /** bit of the 'cue' need, 0 when no parser needs a cue */
  cue: number;
  /** per word: the bits of the word lists holding it (as a phrase's first word) */
  words: Map<string, number>;
  /** turns away, before the map, the many tokens that are in no word list ("the", "kata") */
  filter: WordFilter;
}

const firstWords = (w: Words): Iterable<string> =>
  w instanceof Map ? w.keys() : w instanceof Set ? w.values() : (w as PhraseSet<unknown>).firstWords();

const gates = new WeakMap<readonly Parser[], WeakMap<StatementLexicon, Gate>>();

/** The gate of a parser list under one lexicon, built once (one map from word to bits). */
export function gateOf(parsers: readonly Parser[], sl: StatementLexicon): Gate {
  let byLex = gates.get(parsers);
  if (!byLex) gates.set(parsers, (byLex = new WeakMap()));
  const known = byLex.get(sl);
  if (known) return known;
  const bit = new Map<Need, number>();
  const masks = new Map<Parser, number>();
  for (const p of parsers) {
    let mask = 0;
    for (const n of p.needs ?? []) {
      // 31 distinct needs at most: past that a need shares the last bit, which only runs more
      if (!bit.has(n)) bit.set(n, 1 << Math.min(bit.size, 30));
      mask |= bit.get(n)!;
    }
    masks.set(p, mask);
  }
  const words = new Map<string, number>();
  for (const [n, b] of bit) {
    if (n === 'cue') continue;
    for (const w of firstWords(sl[n] as Words)) words.set(w, (words.get(w) ?? 0) | b);
  }
  const gate = { masks, cue: bit.get('cue') ?? 0, words, filter: new WordFilter(words.keys()) };
  byLex.set(sl, gate);
  return gate;
}

/** The needs present in tokens [from, to): one pass, one map look-up a token. */
export function presentIn(g: Gate, v: TokenView, from: number, to: number): number {
  let bits = 0;
  for (let k = from; k < to; k++) {
    if (g.cue && v.cueAt[k]) bits |= g.cue;
    const norm = v.toks[k]!.norm;
    if (!g.filter.mayHave(norm)) continue;
    const b = g.words.get(norm);
    if (b) bits |= b;
  }
  return bits;
}

/** Whether parser `p` may read in a sentence whose present needs are `bits`. */
export const mayRun = (g: Gate, p: Parser, bits: number): boolean => {
  const m = g.masks.get(p) ?? 0;
  return m === 0 || (m & bits) !== 0;
};
