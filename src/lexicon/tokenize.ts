import type { Token, TokenKind } from '../domain/text.js';
import { z } from 'zod';
import { asciiDigits, isDecimalDigit, isScriptSeparator } from './digits.js';
import { fold } from './fold.js';
import { loadShared } from './load.js';
import { phraseOptions } from './phrase-options.js';

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
const PUNCT = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '…',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '-',
  '–',
  '—',
  '/',
  '،',
  '؛',
  '؟',
]);
// the Arabic comma, semicolon and question mark are those marks to every stage: their norm is ",", ";", "?"
const PUNCT_NORM: Record<string, string> = { '،': ',', '؛': ';', '؟': '?' };
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /^\p{Lu}/u;
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/**
 * What LETTER and \p{Nd} said of each code unit outside ASCII, asked once each: bit 1 set once
 * asked, bit 2 a letter, bit 4 a digit. Every character of a Chinese, Japanese or Russian text is
 * outside ASCII and is asked whether it is a digit and a letter; a regex test (and a string of
 * the character) each time cost more than the table look-up ("政" is asked once, not once per
 * occurrence).
 */
const classOf = new Uint8Array(65536);
const ASKED = 1;
const IS_LETTER = 2;
const IS_DIGIT = 4;

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const k = ASKED | (LETTER.test(ch) ? IS_LETTER : 0) | (isDecimalDigit(c, ch) ? IS_DIGIT : 0);
  classOf[c] = k;
  return k;
}

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // a code unit's class depends on the code unit alone
  return ((classOf[c] || classify(c)) & IS_LETTER) !== 0;
}
// digits of any script: "٢٣" is a number as "23" is (its norm is "23")
const isDigit = (c: number): boolean =>
  c < 128 ? c >= 48 && c <= 57 : ((classOf[c] || classify(c)) & IS_DIGIT) !== 0;
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

/** A word's text with what follows from it alone, shared by every token of that word. */
interface Form {
  text: string;
  norm: string;
  upper: boolean;
}
/**
 * Words seen lately. A 10 MB article has two million tokens but a few tens of thousands of
 * distinct words: every "said" shares one text and one folded string instead of holding two
 * copies of its own (about 60 of a token's 150 bytes), and `fold` runs once per distinct word.
 * Cleared when it grows past FORMS_MAX, so it stays small and quick to look up.
 */
const forms = new Map<string, Form>();
const FORMS_MAX = 30_000;

function wordForm(text: string): Form {
  let form = forms.get(text);
  if (form) return form;
  if (forms.size >= FORMS_MAX) forms.clear();
  form = { text, norm: fold(text), upper: isUpper(text) };
  forms.set(text, form);
  return form;
}

/**
 * Words lately pushed whole, each in a slot picked by a hash of its code units, with the options
 * they were read under: a word of the text found here is pushed without cutting it out of the
 * text, looking it up in `forms` or asking pushWord again ("said" the thousandth time). Whether a
 * word is pushed whole depends on the word and the options alone, so a hit is what pushWord
 * would do. A slot holds the last word hashed to it: small, and kept in the cache.
 */
const PLAIN_SLOTS = 4096;
const plainForm: Array<Form | undefined> = new Array(PLAIN_SLOTS);
const plainOpts: Array<TokenizeOptions | undefined> = new Array(PLAIN_SLOTS);

/** A hash of `text[from, to)` (FNV-1a over code units), the slot of that word. */
function slotOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return (h ^ (h >>> 16)) & (PLAIN_SLOTS - 1);
}

/** The word `text[from, to)` when it was lately pushed whole under `opts`, else undefined. */
function plainWord(text: string, from: number, to: number, opts?: TokenizeOptions): Form | undefined {
  const slot = slotOf(text, from, to);
  const f = plainForm[slot];
  return f && plainOpts[slot] === opts && f.text.length === to - from && text.startsWith(f.text, from)
    ? f
    : undefined;
}

function push(out: Token[], text: string, start: number, kind: TokenKind): void {
  if (kind === 'word') {
    const f = wordForm(text);
    out.push({ start, end: start + text.length, text: f.text, norm: f.norm, kind, upper: f.upper });
  } else
    out.push({
      start,
      end: start + text.length,
      text,
      norm: kind === 'number' ? asciiDigits(text) : (PUNCT_NORM[text] ?? text),
      kind,
      upper: isUpper(text),
    });
}

/**
 * The fields of a one-character punctuation mark, quotation mark or symbol, by its code unit,
 * made on first sight: a news article has a comma or a stop every few words, and each cost a
 * string cut from the text and three table look-ups of it before.
 */
interface Mark {
  text: string;
  norm: string;
  kind: TokenKind;
  upper: boolean;
}
const marks: Array<Mark | undefined> = new Array(65536);

function markOf(c: number): Mark {
  let m = marks[c];
  if (m) return m;
  const text = String.fromCharCode(c);
  const kind: TokenKind = QUOTES.has(text) ? 'quote' : PUNCT.has(text) ? 'punct' : 'symbol';
  m = { text, norm: PUNCT_NORM[text] ?? text, kind, upper: isUpper(text) };
  marks[c] = m;
  return m;
}

/** What a language's grammar adds to tokenizing (lexicons/<lang>/grammar.json). */
export interface TokenizeOptions {
  /** word endings split off as tokens of their own (lower case, NFC), longest first: Korean "은", "에서" */
  particles?: readonly string[];
  /** a particle comes off only when this many letters stay before it */
  minStem?: number;
  /** words shorter than `minStem` that still lose a particle: the Korean title "씨" in "씨는" */
  shortStems?: readonly string[];
  /** a word splits at its apostrophe and the rest is a suffix token: Turkish "Bakan'ın" */
  apostropheSuffixes?: boolean;
  /** segments of unspaced script cut into parts: "人称" -> "人", "称" */
  splits?: ReadonlyMap<string, readonly string[]>;
}

// scripts written without spaces between words: runs of them are cut with ICU's dictionaries
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
let wordSegmenter: Intl.Segmenter | undefined;
const HANGUL = /\p{Script=Hangul}/u;

/** A run of unspaced script waiting for the segmenter, and where its tokens go in `out`. */
interface Run {
  /** the length of `out` when the run was read: its tokens come before out[at] */
  at: number;
  w: string;
  from: number;
}

// runs segmented in one call up to this many characters: a call costs some microseconds of its
// own, but V8's cost per segment grows with the string, so not one call for a whole article
const BATCH_CHARS = 256;

/**
 * "政府は述べた" -> "政府", "は", "述べ", "た" (offsets from each run's `from`), for several runs
 * at once: joined by line breaks, across which a word never runs (UAX #29 WB3a/b), so each run
 * is cut as it would be alone. `ends[r]` is the length of `segs` after run r.
 */
function segmentRuns(
  segs: Token[],
  ends: number[],
  runs: readonly Run[],
  splits?: TokenizeOptions['splits'],
): void {
  wordSegmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
  const joined = runs.length === 1 ? runs[0]!.w : runs.map((r) => r.w).join('\n');
  const segments = wordSegmenter.segment(joined);
  // `ends` may hold earlier batches' runs already
  const first = ends.length;
  let g = 0;
  let base = 0;
  // walked with `containing` from one segment's end to the next: the same segments as iterating,
  // a third cheaper in V8 (its iterator's cost per segment grows with the string)
  for (let next = 0; next < joined.length;) {
    const seg = segments.containing(next)!;
    next = seg.index + seg.segment.length;
    while (seg.index >= base + runs[g]!.w.length) {
      ends.push(segs.length);
      base += runs[g]!.w.length + 1;
      g++;
    }
    if (!seg.segment.trim()) continue;
    const from = runs[g]!.from - base;
    // "发言人称" segmented "发言|人称": the grammar cuts "人称" into "人", "称"
    const parts = splits?.get(seg.segment);
    if (parts) {
      let at = from + seg.index;
      for (const p of parts) {
        push(segs, p, at, 'word');
        at += p.length;
      }
      continue;
    }
    // "約3万人": the digits inside a run are a number of their own
    push(segs, seg.segment, from + seg.index, /^\d+$/.test(seg.segment) ? 'number' : 'word');
  }
  while (ends.length < first + runs.length) ends.push(segs.length);
}

/** `out` with the tokens of the unspaced `runs` put in their places. */
function withSegments(out: Token[], runs: readonly Run[], splits?: TokenizeOptions['splits']): Token[] {
  const segs: Token[] = [];
  const ends: number[] = [];
  for (let r = 0; r < runs.length;) {
    let n = runs[r]!.w.length;
    let e = r + 1;
    while (e < runs.length && n + runs[e]!.w.length < BATCH_CHARS) n += runs[e++]!.w.length + 1;
    segmentRuns(segs, ends, runs.slice(r, e), splits);
    r = e;
  }
  const res: Token[] = [];
  let k = 0;
  let s = 0;
  for (let r = 0; r < runs.length; r++) {
    while (k < runs[r]!.at) res.push(out[k++]!);
    while (s < ends[r]!) res.push(segs[s++]!);
  }
  while (k < out.length) res.push(out[k++]!);
  return res;
}

/**
 * Elided articles and particles written onto the next word in French, Italian and Catalan
 * ("l'armée", "d'après", "dell'Onu"): split off everywhere, so text and lexicon phrases agree.
 */
let elisions: ReadonlySet<string> | undefined;
const elisionSet = (): ReadonlySet<string> =>
  (elisions ??= new Set(loadShared('elisions', z.array(z.string().min(2))).map((e) => fold(e))));
const APOSTROPHE = /['’]/;

/** Whether every code unit of `w` is ASCII: such a word is neither unspaced script nor has a ’. */
function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) return false;
  return true;
}

/** Pushes one word, splitting what the options and the elision list split off. */
function pushWord(out: Token[], w: string, from: number, runs: Run[], opts?: TokenizeOptions): void {
  const ascii = isAscii(w);
  // cut later, with the sentence's other runs
  if (!ascii && UNSPACED.test(w)) {
    runs.push({ at: out.length, w, from });
    return;
  }
  const apo = ascii ? w.indexOf("'") : w.search(APOSTROPHE);
  if (apo > 0 && apo < w.length - 1) {
    const head = w.slice(0, apo + 1);
    if (elisionSet().has(fold(head))) {
      push(out, head, from, 'word');
      return pushWord(out, w.slice(apo + 1), from + apo + 1, runs, opts);
    }
    // "Bakan'ın" -> "Bakan" + "'ın"; the English possessive below keeps its own rule
    if (opts?.apostropheSuffixes) {
      push(out, w.slice(0, apo), from, 'word');
      push(out, w.slice(apo), from + apo, 'word');
      return;
    }
  }
  // "Korea's" -> "Korea" + "'s"
  const n = w.length;
  if (n > 2 && (w[n - 1] === 's' || w[n - 1] === 'S') && (w[n - 2] === "'" || w[n - 2] === '’')) {
    push(out, w.slice(0, n - 2), from, 'word');
    push(out, w.slice(n - 2), from + n - 2, 'word');
    return;
  }
  if (opts?.particles?.length) {
    const f = w.normalize('NFC').toLowerCase();
    for (const p of opts.particles)
      if (
        f.endsWith(p) &&
        (f.length - p.length >= (opts.minStem ?? 2) || !!opts.shortStems?.includes(f.slice(0, -p.length)))
      ) {
        const cut = n - p.length;
        push(out, w.slice(0, cut), from, 'word');
        push(out, w.slice(cut), from + cut, 'word');
        return;
      }
  }
  const f = wordForm(w);
  out.push({ start: from, end: from + w.length, text: f.text, norm: f.norm, kind: 'word', upper: f.upper });
  const slot = slotOf(w, 0, w.length);
  plainForm[slot] = f;
  plainOpts[slot] = opts;
}

/**
 * Splits `text.slice(start, end)` into tokens whose offsets point into `text`: initialisms
 * ("A.S.", "U.S.") and numbers with separators ("3.000", "1,5", "23/10") stay whole, hyphens and
 * apostrophes inside words too ("Jong-un", "doesn't"), the English possessive "'s" comes apart,
 * elided articles come apart ("l'armée"), and runs of Chinese, Japanese or Thai are cut into
 * words; `opts` adds what one language's grammar splits (particles, apostrophe suffixes).
 */
export function tokenize(text: string, start = 0, end = text.length, opts?: TokenizeOptions): Token[] {
  const out: Token[] = [];
  const runs: Run[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const from = i;
    if (isDigit(c)) {
      i++;
      while (i < end && isDigit(text.charCodeAt(i))) i++;
      // "3.000", "1,5", "23/10/2024", "11:30"
      while (
        i + 1 < end &&
        ('.,:/'.includes(text[i]!) || isScriptSeparator(text[i]!)) &&
        isDigit(text.charCodeAt(i + 1))
      ) {
        i += 2;
        while (i < end && isDigit(text.charCodeAt(i))) i++;
      }
      push(out, text.slice(from, i), from, 'number');
      continue;
    }
    if (isLetter(c)) {
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
          // "1만2000명": Hangul glues counts to scales and counters; the digits stand apart
          if (isDigit(d) && HANGUL.test(text[i - 1]!)) break;
          // "G20" is one word; digits of another script start a number ("و٢٣" is "و" + "٢٣"), and so
          // do digits after a right-to-left letter, a script that never writes digits into a word ("و14")
          if (isLetter(d) || (d < 128 && isDigit(d) && !RTL.test(text[i - 1]!))) i++;
          else break;
        }
        // "Jong-un", "doesn't", "NATO-nya": a joiner between two word characters
        // (code units, not one-character strings: a string per word of a Cyrillic text is garbage)
        const j = text.charCodeAt(i);
        const apostrophe = j === 39 || j === 0x2019;
        if (i + 1 < end && (j === 45 || apostrophe)) {
          const d = text.charCodeAt(i + 1);
          if (isLetter(d) || isDigit(d)) {
            i += 2;
            continue;
          }
        }
        // "l'" alone (a lexicon's article list, "l' armée"): an elision keeps its apostrophe
        if (apostrophe && elisionSet().has(fold(text.slice(from, i + 1)))) i++;
        break;
      }
      const known = plainWord(text, from, i, opts);
      if (known)
        out.push({
          start: from,
          end: i,
          text: known.text,
          norm: known.norm,
          kind: 'word',
          upper: known.upper,
        });
      else pushWord(out, text.slice(from, i), from, runs, opts);
      continue;
    }
    // a character outside the basic plane is one symbol of two code units
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    i += width;
    if (width === 1) {
      const m = markOf(c);
      out.push({ start: from, end: i, text: m.text, norm: m.norm, kind: m.kind, upper: m.upper });
      continue;
    }
    const ch = text[from]!;
    push(out, text.slice(from, i), from, QUOTES.has(ch) ? 'quote' : PUNCT.has(ch) ? 'punct' : 'symbol');
  }
  return runs.length ? withSegments(out, runs, opts?.splits) : out;
}

/**
 * The folded token forms of a lexicon phrase: "Menurut laporan" -> ["menurut", "laporan"]; cut
 * with the options of the lexicon being compiled (Korean "사실이" -> "사실", "이", as in the text).
 */
export const phraseNorms = (phrase: string, opts = phraseOptions()): string[] =>
  tokenize(phrase, 0, phrase.length, opts).map((t) => t.norm);

/**
 * Every token sequence a lexicon phrase matches: as written, and cut with the language's options
 * when that differs. Korean "경북도" is "경북" "도" alone in the text but "경북도" "는" with a
 * particle; "사실이 아니다" is only ever "사실" "이" "아니다" in the text.
 */
export function phraseVariants(phrase: string, opts = phraseOptions()): string[][] {
  const plain = tokenize(phrase).map((t) => t.norm);
  if (!opts) return [plain];
  const cut = phraseNorms(phrase, opts);
  return cut.length === plain.length && cut.every((n, k) => n === plain[k]) ? [plain] : [plain, cut];
}
