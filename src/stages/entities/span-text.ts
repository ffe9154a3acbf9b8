import type { Token } from '../../domain/text.js';

/** The tokens as written, one space where the text had any: "Kim Jong-un". */
export function surface(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++)
    s += (k > from && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
  return s;
}

/** The folded tokens joined by spaces, the key of the city index: "kuala lumpur". */
export function normKey(tokens: readonly Token[], from: number, to: number): string {
  let s = tokens[from]?.norm ?? '';
  for (let k = from + 1; k < to; k++) s += ' ' + tokens[k]!.norm;
  return s;
}
