import type { Token } from '../../../domain/text.js';
import type { EntityModel } from '../model.js';

const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)$/;

/** "II" in "Ramesses II", "Angkasa Pura II" */
export const isRoman = (t: Token): boolean => ROMAN.test(t.text);

/** A word that starts with a capital letter ("'s" starts with an apostrophe, so never is). */
export const isCapitalWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.upper;

/**
 * End of the capitalised name that starts at `i`, at most `max` tokens: "Jawa Tengah",
 * "University of Edinburgh", "SMA Negeri 4"; lower-case connectors only between capitals.
 */
export function runEnd(
  tokens: readonly Token[],
  i: number,
  max: number,
  model: EntityModel,
  numbers = false,
  // "Centre for Volcanology and Geological Hazard Mitigation": organisations join words with "and"
  joins?: ReadonlySet<string>,
): number {
  let end = i;
  let k = i;
  while (k < tokens.length && k - i < max) {
    const t = tokens[k]!;
    // "SMA Negeri 6 Jakarta", "SMAN 70 Jakarta": a short number may stand in a keyword's name
    if (isCapitalWord(t) || (numbers && t.kind === 'number' && t.text.length <= 3)) {
      end = ++k;
      continue;
    }
    const joined = t.kind === 'word' && (model.connectors.has(t.norm) || !!joins?.has(t.norm));
    if (k > i && joined && isCapitalWord(tokens[k + 1])) {
      k++;
      continue;
    }
    break;
  }
  return end;
}

/** Start of the capitalised name that ends at token `j` (inclusive), at most `max` tokens. */
export function runStart(tokens: readonly Token[], j: number, max: number, model: EntityModel): number {
  let start = j + 1;
  let k = j;
  while (k >= 0 && j - k < max) {
    const t = tokens[k]!;
    if (isCapitalWord(t)) {
      start = k--;
      continue;
    }
    if (k < j && t.kind === 'word' && model.connectors.has(t.norm) && isCapitalWord(tokens[k - 1])) {
      k--;
      continue;
    }
    break;
  }
  return start;
}
