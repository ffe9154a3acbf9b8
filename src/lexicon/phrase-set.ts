import type { Token } from '../domain/text.js';
import { phraseVariants } from './tokenize.js';
import { WordFilter } from './word-filter.js';

export interface PhraseMatch<V> {
  /** index of the first token of the match */
  start: number;
  /** index after the last token of the match */
  end: number;
  value: V;
  phrase: string;
}

interface Entry<V> {
  norms: string[];
  value: V;
  phrase: string;
}

/**
 * Multi-word lexicon lookup over tokens: finds the longest phrase that starts (or ends) at a
 * token. Built once per lexicon; lookups cost one map access plus the candidates' lengths.
 */
export class PhraseSet<V> {
  private readonly byFirst = new Map<string, Entry<V>[]>();
  private readonly byLast = new Map<string, Entry<V>[]>();
  /** most tokens are no first (or last) word of the set: these turn them away before the maps */
  private readonly firstFilter: WordFilter;
  private readonly lastFilter: WordFilter;
  readonly size: number;
  /** every phrase of the set, as the lexicon wrote it */
  readonly phrases: string[] = [];

  constructor(entries: Iterable<readonly [string, V]>) {
    let n = 0;
    // a phrase the lexicon also writes split ("사실이 아니다", "사실 이 아니다") is one phrase:
    // the first written keeps it, as it won the match before
    const seen = new Set<string>();
    for (const [phrase, value] of entries) {
      let words = false;
      for (const norms of phraseVariants(phrase)) {
        const first = norms[0];
        const last = norms[norms.length - 1];
        if (first === undefined || last === undefined) continue;
        words = true;
        const key = norms.join('\u0000');
        if (seen.has(key)) continue;
        seen.add(key);
        const e = { norms, value, phrase };
        PhraseSet.add(this.byFirst, first, e);
        PhraseSet.add(this.byLast, last, e);
      }
      if (!words) continue;
      this.phrases.push(phrase);
      n++;
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()])
      list.sort((a, b) => b.norms.length - a.norms.length);
    this.size = n;
    this.firstFilter = new WordFilter(this.byFirst.keys());
    this.lastFilter = new WordFilter(this.byLast.keys());
  }

  private static add<V>(map: Map<string, Entry<V>[]>, key: string, e: Entry<V>): void {
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  }

  /** The phrases whose first token is `norm`, longest first. */
  private firsts(norm: string): Entry<V>[] | undefined {
    if (!this.firstFilter.mayHave(norm)) return undefined;
    return this.byFirst.get(norm);
  }

  /** The phrases whose last token is `norm`, longest first. */
  private lasts(norm: string): Entry<V>[] | undefined {
    if (!this.lastFilter.mayHave(norm)) return undefined;
    return this.byLast.get(norm);
  }

  /** Every word a phrase of the set begins with: no match starts at a token with another norm. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  has(norm: string): boolean {
    const list = this.firsts(norm);
    return !!list && list.some((e) => e.norms.length === 1);
  }

  /** Longest phrase whose first token is `tokens[i]`. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<V> | null {
    const t = tokens[i];
    if (!t) return null;
    const list = this.firsts(t.norm);
    if (!list) return null;
    outer: for (const e of list) {
      if (i + e.norms.length > tokens.length) continue;
      for (let k = 1; k < e.norms.length; k++) if (tokens[i + k]?.norm !== e.norms[k]) continue outer;
      return { start: i, end: i + e.norms.length, value: e.value, phrase: e.phrase };
    }
    return null;
  }

  /** Longest phrase whose last token is `tokens[j]`. */
  matchEndingAt(tokens: readonly Token[], j: number): PhraseMatch<V> | null {
    const t = tokens[j];
    if (!t) return null;
    const list = this.lasts(t.norm);
    if (!list) return null;
    outer: for (const e of list) {
      const start = j - e.norms.length + 1;
      if (start < 0) continue;
      for (let k = 0; k < e.norms.length - 1; k++) if (tokens[start + k]?.norm !== e.norms[k]) continue outer;
      return { start, end: j + 1, value: e.value, phrase: e.phrase };
    }
    return null;
  }

  /** Calls `each` for every phrase (not only the longest) that starts at `tokens[i]`. */
  forEachAt(tokens: readonly Token[], i: number, to: number, each: (end: number, value: V) => void): void {
    const t = tokens[i];
    if (!t) return;
    const list = this.firsts(t.norm);
    if (!list) return;
    outer: for (const e of list) {
      if (i + e.norms.length > to) continue;
      for (let k = 1; k < e.norms.length; k++) if (tokens[i + k]?.norm !== e.norms[k]) continue outer;
      each(i + e.norms.length, e.value);
    }
  }

  /** Every non-overlapping match in `tokens`, left to right, longest first. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<V>[] {
    const out: PhraseMatch<V>[] = [];
    for (let i = from; i < to;) {
      const m = this.matchAt(tokens, i);
      if (m && m.end <= to) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

/** A PhraseSet of plain phrases, valued by themselves. */
export const phraseSet = (phrases: Iterable<string>): PhraseSet<string> =>
  new PhraseSet([...phrases].map((p) => [p, p] as const));
