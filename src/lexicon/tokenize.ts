import type { Token, TokenKind } from '../domain/text.js';
import { fold } from './fold.js';

// Order matters: initialisms ("A.S.", "U.S.") before words, numbers with separators
// ("3.000", "1,5", "23/10") before single digits, English possessive "'s" split off.
const TOKEN =
  /(\p{Lu}\.(?:\p{Lu}\.)+)|(\d+(?:[.,:/]\d+)*)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*)|(["“”„‟«»‹›「」『』'‘’‚])|([.,;:!?…()[\]{}\-–—/])|(\S)/gu;

const POSSESSIVE = /^(.+?)(['’]s)$/u;

const UPPER = /^\p{Lu}/u;

function isUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text);
}

function push(out: Token[], text: string, start: number, kind: TokenKind): void {
  out.push({ start, end: start + text.length, text, norm: kind === 'word' ? fold(text) : text, kind, upper: isUpper(text) });
}

/** Splits `text.slice(start, end)` into tokens whose offsets point into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const at = m.index;
    let s = m[0];
    // a token running past `end` (the next sentence) is cut at it
    if (at + s.length > end) s = s.slice(0, end - at);
    if (m[1] || m[3]) {
      const last = s.charCodeAt(s.length - 1);
      const p = m[3] && (last === 115 || last === 83) && s.length > 2 ? POSSESSIVE.exec(s) : null;
      if (p && p[1] && p[2]) {
        push(out, p[1], at, 'word');
        push(out, p[2], at + p[1].length, 'word');
      } else push(out, s, at, 'word');
    } else if (m[2]) push(out, s, at, 'number');
    else if (m[4]) push(out, s, at, 'quote');
    else if (m[5]) push(out, s, at, 'punct');
    else push(out, s, at, 'symbol');
  }
  return out;
}

/** The folded token forms of a lexicon phrase: "Menurut laporan" -> ["menurut", "laporan"]. */
export const phraseNorms = (phrase: string): string[] => tokenize(phrase).map((t) => t.norm);
