import type { Token } from '../domain/text.js';
import type { PhraseSet } from './phrase-set.js';
import { WordFilter } from './word-filter.js';

/**
 * Which of several phrase sets may match in a token range, found in one pass: a token that is
 * the first word of no phrase of a set starts no match of it, so a set whose bit is absent
 * finds nothing there and need not be read. The stance of a statement is read with eight word
 * lists over the same words ("declined to comment", "fake news", "if", "may"); most lists have
 * no word in a given statement.
 */
export class PhraseGate {
  private readonly bitOf = new Map<PhraseSet<unknown>, number>();
  private readonly words = new Map<string, number>();
  private readonly filter: WordFilter;

  constructor(sets: readonly PhraseSet<unknown>[]) {
    // 31 sets at most: past that a set shares the last bit, which only reads it more often
    sets.forEach((s, k) => {
      const bit = 1 << Math.min(k, 30);
      this.bitOf.set(s, this.bitOf.get(s) ?? bit);
      for (const w of s.firstWords()) this.words.set(w, (this.words.get(w) ?? 0) | bit);
    });
    this.filter = new WordFilter(this.words.keys());
  }

  /** The bits of the sets with a first word in tokens [from, to). */
  present(tokens: readonly Token[], from: number, to: number): number {
    let bits = 0;
    for (let k = from; k < to; k++) {
      const norm = tokens[k]!.norm;
      if (this.filter.mayHave(norm)) bits |= this.words.get(norm) ?? 0;
    }
    return bits;
  }

  /** Whether `set` may match where `present` found `bits`; a set the gate was not built with may. */
  mayMatch(set: PhraseSet<unknown>, bits: number): boolean {
    const bit = this.bitOf.get(set);
    return bit === undefined || (bits & bit) !== 0;
  }
}
