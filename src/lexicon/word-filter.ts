/**
 * A bit table that tells, before any map is asked, that a word is surely not among a set's
 * words: two bits per word, picked from its length and three of its code units. A lexicon set
 * is asked about every token of a text ("the", "kata", "Jakarta" …), most are not in it, and a
 * map look-up hashes the word and walks a table far from the cache; two bit tests in a table of
 * a few kilobytes answer most of them. A "may be" is always checked in the map itself, so the
 * table never changes an answer, only how soon a "no" comes.
 */
export class WordFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(words: Iterable<string>) {
    const list = [...words];
    // ~16 bits per word keeps false "may be" answers near 1 in 20; at most 2^16 bits (8 KB)
    let size = 1024;
    while (size < list.length * 16 && size < 65536) size *= 2;
    this.bits = new Uint32Array(size >>> 5);
    this.mask = size - 1;
    for (const w of list) {
      const h = WordFilter.hash(w);
      this.set(h & this.mask);
      this.set((h >>> 16) & this.mask);
    }
  }

  private set(b: number): void {
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  /** Length, first, middle and last code unit, mixed: "said" and "sad" fall apart. */
  private static hash(w: string): number {
    const n = w.length;
    if (n === 0) return 0;
    let h = Math.imul(w.charCodeAt(0) ^ (n << 16), 0x9e3779b1);
    h ^= Math.imul(w.charCodeAt(n >> 1), 0x85ebca6b);
    h ^= Math.imul(w.charCodeAt(n - 1) + n, 0xc2b2ae35);
    return h ^ (h >>> 15);
  }

  /** false: `w` is surely not one of the words; true: it may be. */
  mayHave(w: string): boolean {
    const h = WordFilter.hash(w);
    const a = h & this.mask;
    const b = (h >>> 16) & this.mask;
    return (this.bits[a >>> 5]! & (1 << (a & 31))) !== 0 && (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

const filters = new WeakMap<object, WordFilter>();

/**
 * The filter of a table's words, built on first use and kept with the table: for the tables a
 * lexicon compiles once and never changes after (a word added later would be turned away).
 * `startsOf` of the entity model: "the", "said" are no name's first word.
 */
export function filterOf(words: ReadonlyMap<string, unknown> | ReadonlySet<string>): WordFilter {
  let f = filters.get(words);
  if (!f) filters.set(words, (f = new WordFilter(words.keys())));
  return f;
}
