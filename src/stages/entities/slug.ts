import { fold } from '../../lexicon/fold.js';

const memo = new Map<string, string>();

/** "Farah Dakhlallah" -> "farah-dakhlallah", "Wŏnsan" -> "wonsan". */
export function slug(name: string): string {
  let s = memo.get(name);
  if (s === undefined) {
    s =
      fold(name)
        .replace(/['’]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, '') || 'x';
    // names repeat across articles; the bound keeps a long run's memory flat
    if (memo.size > 100_000) memo.clear();
    memo.set(name, s);
  }
  return s;
}
