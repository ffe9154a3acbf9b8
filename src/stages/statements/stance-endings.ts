import type { TokenView } from './view.js';

/**
 * The first word of `[first, end)` that ends with one of `endings` and is longer than it, for
 * languages that write a condition or a modal onto the verb: ko "쏠리면" (if it tilts, ending
 * "리면"), tr "saparsa" (if it strays, "arsa"), "zorlaşabilir" (it may get harder, "abilir").
 * The longer-than rule keeps a bare ending that is a word of its own ("arsa", a plot of land).
 */
export function endingIn(
  v: TokenView,
  endings: readonly string[],
  first: number,
  end: number,
): { start: number; end: number; phrase: string } | null {
  if (endings.length === 0) return null;
  for (let k = first; k < end; k++) {
    const w = v.toks[k]!;
    if (w.kind !== 'word') continue;
    const e = endings.find((x) => w.norm.length > x.length && w.norm.endsWith(x));
    if (e) return { start: k, end: k + 1, phrase: `-${e}` };
  }
  return null;
}
