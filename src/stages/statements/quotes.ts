import type { Paragraph } from '../../domain/text.js';
import { findDialogueDashes } from './dialogue-dash.js';

/** A quotation in the text: from its opening mark to just after its closing mark. */
export interface Quote {
  start: number;
  end: number;
  /** the quoted words without the marks */
  innerStart: number;
  innerEnd: number;
  /** false when the paragraph ended before a closing mark */
  closed: boolean;
  /** indexes of the first and last paragraph it covers */
  firstParagraph: number;
  lastParagraph: number;
}

// Marks that only ever open, with what closes them: “…” and “…“ (German „…“), «…», 「…」.
const OPENERS: Record<string, string> = {
  '“': '”“',
  '„': '“”',
  '«': '»',
  '‹': '›',
  '「': '」',
  '『': '』',
  '‘': '’',
  '‚': '‘’',
};
// Marks that open or close depending on the letters around them: "…", ”…” (Indonesian and
// Swedish papers), '…', ’…’.
const AMBIGUOUS: Record<string, string> = { '"': '"”', '”': '”', "'": "'’", '’': '’', '″': '″' };
const QUOTE_CHAR = /["“”„«‹「『‘‚'’″»›」』]/g;
const SINGLE = new Set(["'", '’', '‘', '‚', '‹', '›']);

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\n';
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_BEFORE = new Set([' ', '\n', '(', '[', '—', '–', '-', ':', ';', '/', ',']);
const CLOSE_AFTER = new Set([
  ' ',
  '\n',
  ',',
  '،',
  '؛',
  '؟',
  '.',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '—',
  '–',
  '-',
  '…',
  '/',
  '。',
  '、',
  '，',
  '！',
  '？',
  '،',
  '؛',
  '؟',
]);
// scripts that write a particle straight after a closing mark: ”라고, 」と, ”的
const GLUED_AFTER = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

function canOpen(text: string, i: number, lineStart: number): boolean {
  const prev = i > lineStart ? text[i - 1] : undefined;
  const next = text[i + 1];
  const c = text[i]!;
  if (isSpace(next) && !(c in OPENERS)) return false;
  if (SINGLE.has(c)) return (prev === undefined || OPEN_BEFORE.has(prev)) && isLetter(next);
  return (
    prev === undefined ||
    OPEN_BEFORE.has(prev) ||
    prev in OPENERS ||
    prev in AMBIGUOUS ||
    // "会見で「…」", "表示：“…”": unspaced scripts open a quotation right after a word
    (c in OPENERS && GLUED_AFTER.test(prev)) ||
    '：，。、'.includes(prev)
  );
}

function canClose(text: string, i: number, lineEnd: number): boolean {
  const prev = text[i - 1];
  const next = i + 1 < lineEnd ? text[i + 1] : undefined;
  const c = text[i]!;
  // "don't", "Korea's": an apostrophe between letters closes nothing
  if (SINGLE.has(c) && isLetter(next)) return false;
  if (isSpace(prev) && c in AMBIGUOUS) return false;
  return (
    next === undefined ||
    CLOSE_AFTER.has(next) ||
    next in AMBIGUOUS ||
    next === '“' ||
    next === '»' ||
    GLUED_AFTER.test(next)
  );
}

interface OpenQuote {
  start: number;
  closers: string;
  single: boolean;
  para: number;
}

/**
 * Finds the quotations of an article. A quotation left open at a paragraph's end continues when
 * the next paragraph opens with a quotation mark (the newspaper convention for long quotes);
 * otherwise it ends with its paragraph. Quotation marks inside a quotation are part of it.
 */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const out: Quote[] = [];
  let open = null as OpenQuote | null;
  let prevEnd = 0;
  const nextMark = quoteMarks(text);
  for (const p of paragraphs) {
    let i = p.start;
    if (open) {
      const c = text[i]!;
      if (c in OPENERS || c in AMBIGUOUS) i++;
      else {
        out.push(finish(text, open.start, prevEnd, false, open.para, p.index - 1));
        open = null;
      }
    }
    for (; i < p.end; i++) {
      // jump to the next quotation mark: most characters are not one
      const hit = nextMark(i);
      if (hit >= p.end) break;
      i = hit;
      const c = text[i]!;
      if (open) {
        if (open.closers.includes(c) && canClose(text, i, p.end)) {
          out.push(finish(text, open.start, i + 1, true, open.para, p.index));
          open = null;
        }
        continue;
      }
      const closers = OPENERS[c] ?? AMBIGUOUS[c];
      if (closers && canOpen(text, i, p.start))
        open = { start: i, closers, single: SINGLE.has(c), para: p.index };
    }
    // a single-quoted passage never runs across paragraphs: it was an apostrophe
    if (open?.single) {
      i = open.start + 1;
      open = null;
      for (; i < p.end; i++) {
        const c = text[i]!;
        if (SINGLE.has(c)) continue;
        const closers = OPENERS[c] ?? AMBIGUOUS[c];
        if (closers && canOpen(text, i, p.start)) {
          const close = findClose(text, i + 1, p.end, closers);
          if (close >= 0) {
            out.push(finish(text, i, close + 1, true, p.index, p.index));
            i = close;
          }
        }
      }
    }
    prevEnd = p.end;
  }
  if (open) out.push(finish(text, open.start, prevEnd, false, open.para, paragraphs.length - 1));
  // "—No vamos a levantar los cortes —añadió.": dialogue dashes where no quotation mark stands
  for (const d of findDialogueDashes(text, paragraphs))
    if (!out.some((q) => q.start < d.end && d.start < q.end)) out.push(d);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The position of the first quotation mark at or after `i` (text.length when none). A search
 * that ran past its paragraph is remembered: the paragraphs up to that mark, which hold none,
 * are not searched again, so an article of many paragraphs without a quotation ("…", "…", then
 * one quote at the end) is read once, not once per paragraph.
 */
function quoteMarks(text: string): (i: number) => number {
  let from = Infinity;
  let at = -1;
  return (i) => {
    // no mark in [from, at): the answer for any i in that range is `at`
    if (i < from || i > at) {
      QUOTE_CHAR.lastIndex = i;
      const hit = QUOTE_CHAR.exec(text);
      from = i;
      at = hit ? hit.index : text.length;
    }
    return at;
  };
}

function findClose(text: string, from: number, to: number, closers: string): number {
  for (let i = from; i < to; i++) if (closers.includes(text[i]!) && canClose(text, i, to)) return i;
  return -1;
}

function finish(
  text: string,
  start: number,
  end: number,
  closed: boolean,
  first: number,
  last: number,
): Quote {
  let innerStart = start + 1;
  let innerEnd = closed ? end - 1 : end;
  while (innerStart < innerEnd && /\s/.test(text[innerStart]!)) innerStart++;
  // the comma of ”…,” kata X belongs to the sentence, not to the quoted words
  while (innerEnd > innerStart && /[\s,]/.test(text[innerEnd - 1]!)) innerEnd--;
  return { start, end, innerStart, innerEnd, closed, firstParagraph: first, lastParagraph: last };
}
