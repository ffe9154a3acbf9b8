import type { Token } from '../../domain/text.js';
import { tokenize } from '../../lexicon/tokenize.js';

/**
 * How each token of a lexicon name must be written in the text for the name to count:
 * "AS" only as capitals (never the English "as"), "Korea Utara" with capitals, "eBay" exactly.
 */
export const Case = { Any: 0, Capital: 1, Caps: 2, Exact: 3 } as const;
export type Case = (typeof Case)[keyof typeof Case];

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

export function isAllCaps(text: string): boolean {
  return !LOWER.test(text) && UPPER.test(text);
}

function caseOf(text: string): Case {
  if (!UPPER.test(text)) return Case.Any;
  if (text.length >= 2 && isAllCaps(text)) return Case.Caps;
  return UPPER.test(text[0]!) ? Case.Capital : Case.Exact;
}

export interface Shape {
  cases: Case[];
  texts: string[];
}

export function shapeOf(name: string): Shape {
  const toks = tokenize(name);
  return { cases: toks.map((t) => caseOf(t.text)), texts: toks.map((t) => t.text) };
}

/** Whether `tokens[start..]` are written as `shape` asks. */
export function fits(shape: Shape, tokens: readonly Token[], start: number): boolean {
  for (let k = 0; k < shape.cases.length; k++) {
    const t = tokens[start + k];
    if (!t) return false;
    switch (shape.cases[k]) {
      case Case.Capital:
        if (!t.upper) return false;
        break;
      case Case.Caps:
        if (!isAllCaps(t.text)) return false;
        break;
      case Case.Exact:
        if (t.text !== shape.texts[k]) return false;
        break;
      default:
    }
  }
  return true;
}
