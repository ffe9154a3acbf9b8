import type { Token, TokenKind } from '../domain/text.js';
import { fold } from './fold.js';

const QUOTES = new Set([
  '"',
  '“',
  '”',
  '„',
  '‟',
  '«',
  '»',
  '‹',
  '›',
  '「',
  '」',
  '『',
  '』',
  "'",
  '‘',
  '’',
  '‚',
]);
const PUNCT = new Set(['.', ',', ';', ':', '!', '?', '…', '(', ')', '[', ']', '{', '}', '-', '–', '—', '/']);
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /^\p{Lu}/u;

function isLetter(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) =>
  c === 32 ||
  c === 10 ||
  c === 9 ||
  c === 13 ||
  c === 160 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x3000 ||
  c === 0xfeff;

function isUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text);
}

function push(out: Token[], text: string, start: number, kind: TokenKind): void {
  out.push({
    start,
    end: start + text.length,
    text,
    norm: kind === 'word' ? fold(text) : text,
    kind,
    upper: isUpper(text),
  });
}

/**
 * Splits `text.slice(start, end)` into tokens whose offsets point into `text`: initialisms
 * ("A.S.", "U.S.") and numbers with separators ("3.000", "1,5", "23/10") stay whole, hyphens and
 * apostrophes inside words too ("Jong-un", "doesn't"), the English possessive "'s" comes apart.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const ch = text[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    const from = i;
    if (isDigit(c)) {
      i++;
      while (i < end && isDigit(text.charCodeAt(i))) i++;
      // "3.000", "1,5", "23/10/2024", "11:30"
      while (i + 1 < end && '.,:/'.includes(text[i]!) && isDigit(text.charCodeAt(i + 1))) {
        i += 2;
        while (i < end && isDigit(text.charCodeAt(i))) i++;
      }
      push(out, text.slice(from, i), from, 'number');
      continue;
    }
    if (isLetter(c, ch)) {
      // "A.S.", "U.S.": capital, period, capital, period …
      if (
        c >= 65 &&
        c <= 90 &&
        text[i + 1] === '.' &&
        i + 2 < end &&
        /[A-Z]/.test(text[i + 2]!) &&
        text[i + 3] === '.'
      ) {
        while (i + 1 < end && /[A-Z]/.test(text[i]!) && text[i + 1] === '.') i += 2;
        push(out, text.slice(from, i), from, 'word');
        continue;
      }
      i++;
      for (;;) {
        while (i < end) {
          const d = text.charCodeAt(i);
          if (isLetter(d, text[i]!) || isDigit(d)) i++;
          else break;
        }
        // "Jong-un", "doesn't", "NATO-nya": a joiner between two word characters
        const j = text[i];
        if (i + 1 < end && (j === '-' || j === "'" || j === '’')) {
          const d = text.charCodeAt(i + 1);
          if (isLetter(d, text[i + 1]!) || isDigit(d)) {
            i += 2;
            continue;
          }
        }
        break;
      }
      const w = text.slice(from, i);
      // "Korea's" -> "Korea" + "'s"
      const n = w.length;
      if (n > 2 && (w[n - 1] === 's' || w[n - 1] === 'S') && (w[n - 2] === "'" || w[n - 2] === '’')) {
        push(out, w.slice(0, n - 2), from, 'word');
        push(out, w.slice(n - 2), from + n - 2, 'word');
      } else push(out, w, from, 'word');
      continue;
    }
    // a character outside the basic plane is one symbol of two code units
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    i += width;
    push(out, text.slice(from, i), from, QUOTES.has(ch) ? 'quote' : PUNCT.has(ch) ? 'punct' : 'symbol');
  }
  return out;
}

/** The folded token forms of a lexicon phrase: "Menurut laporan" -> ["menurut", "laporan"]. */
export const phraseNorms = (phrase: string): string[] => tokenize(phrase).map((t) => t.norm);
