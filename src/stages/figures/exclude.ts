import type { Token } from '../../domain/text.js';
import type { Core } from './core.js';
import type { FiguresModel } from './model.js';
import { glued, type TokenStream } from './stream.js';

const isSep = (t: Token | undefined): boolean => !!t && (t.text === '-' || t.text === '/' || t.text === '.');

/** "2024-10-23", "0812-3456-7890": three or more digit groups glued by "-", "/" or "." */
function inDigitChain(tokens: readonly Token[], c: Core): boolean {
  let groups = 1;
  for (
    let k = c.start;
    isSep(tokens[k - 1]) &&
    tokens[k - 2]?.kind === 'number' &&
    glued(tokens[k - 2], tokens[k - 1]) &&
    glued(tokens[k - 1], tokens[k]);
    k -= 2
  )
    groups++;
  for (
    let k = c.start;
    isSep(tokens[k + 1]) &&
    tokens[k + 2]?.kind === 'number' &&
    glued(tokens[k], tokens[k + 1]) &&
    glued(tokens[k + 1], tokens[k + 2]);
    k += 2
  )
    groups++;
  return groups >= 3;
}

const PHONE_GLUE = new Set(['-', '(', ')', '.']);

/** Index after the rest of a phone number that starts at `i`: "+62 21 5550123", "(021) 555-0123" */
export function phoneEnd(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  for (;;) {
    const t = tokens[k];
    if (t?.kind === 'number') k++;
    else if (t && PHONE_GLUE.has(t.text) && tokens[k + 1]?.kind === 'number') k += 2;
    else return k;
  }
}

/** "13 / 04 / 2020", "23/10" split by the tokenizer's spacing: a slash beside the number */
const slashed = (tokens: readonly Token[], c: Core): boolean =>
  (tokens[c.start - 1]?.text === '/' && tokens[c.start - 2]?.kind === 'number') ||
  (tokens[c.start + 1]?.text === '/' && tokens[c.start + 2]?.kind === 'number');

function nextToMonth(tokens: readonly Token[], c: Core, m: FiguresModel): boolean {
  const after = tokens[c.end];
  if (after?.kind === 'word' && m.months.has(after.norm)) return true;
  let b = c.start - 1;
  if (tokens[b]?.text === '.') b--;
  if (tokens[b]?.text === ',') b--;
  return tokens[b]?.kind === 'word' && m.months.has(tokens[b]!.norm);
}

/**
 * Digits that are not a count, judged before their context is read: a code or phone number
 * ("0812", "+62"), part of a date ("23 Oktober", "Oct. 23", "23/10", "2024-10-23"), a label's
 * number ("Pasal 160", "pukul 11.30"), a clock time or ordinal ("11.30 WIB", "75th"), a model
 * name ("5G", "Boeing 737", "Covid - 19"), an age ("Robit (35)").
 */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function notACount(stream: TokenStream, c: Core, m: FiguresModel): string | null {
  const { tokens } = stream;
  // "the Thirty Years' War", "Seven Sisters": a capitalised number word inside a sentence names
  const prev = tokens[c.start - 1];
  if (
    c.kind === 'words' &&
    tokens[c.start]!.upper &&
    prev?.kind === 'word' &&
    !stream.sentenceStarts.has(c.start)
  )
    return 'name';
  if (c.kind !== 'digits' || c.currency) return null;
  const dash = tokens[c.end];
  if (c.digits && /^0\d/.test(c.digits)) return 'phone';
  // "5550123", "3171234567890123": identifiers and phone numbers; counts are written grouped
  if (c.plain && c.digits && c.digits.length >= 7) return 'phone';
  // "555-0123": a group with a leading zero glued after it
  const after = tokens[c.end + 1];
  if (
    dash?.text === '-' &&
    glued(tokens[c.end - 1], dash) &&
    glued(dash, after) &&
    /^0\d/.test(after?.text ?? '')
  )
    return 'phone';
  if (tokens[c.start - 1]?.text === '+' && glued(tokens[c.start - 1], tokens[c.start])) return 'phone';
  if (c.plain && c.value <= 31 && nextToMonth(tokens, c, m)) return 'date';
  if (c.plain && c.value >= 1000 && nextToMonth(tokens, c, m)) return 'date';
  if (slashed(tokens, c) || inDigitChain(tokens, c)) return 'date';
  if (m.labelsAfter.matchAt(tokens, c.end)) return 'label-after';
  // "512-511 BC": a span of labelled numbers
  if (
    (dash?.text === '-' || dash?.text === '–') &&
    tokens[c.end + 1]?.kind === 'number' &&
    m.labelsAfter.matchAt(tokens, c.end + 2)
  )
    return 'label-after';
  // "UU 10 Tahun 2016", "Nomor 3 Tahun 2020": a law's number and year
  const intro = m.yearIntro.matchAt(tokens, c.end);
  if (intro && tokens[intro.end]?.kind === 'number' && /^\d{4}$/.test(tokens[intro.end]!.text))
    return 'label-before';
  if (
    c.plain &&
    c.digits?.length === 4 &&
    c.value >= 1000 &&
    c.value <= 2100 &&
    m.yearBefore.matchEndingAt(tokens, c.start - 1)
  )
    return 'year';
  const before = m.labelsBefore.matchEndingAt(tokens, c.start - 1);
  if (before && !m.unitsBefore.matchEndingAt(tokens, c.start - 1)) return 'label-before';
  const next = tokens[c.end];
  const unitNext = !!m.unitsAfter.matchAt(tokens, c.end);
  // "5G", "MH17x": a word glued to digits names a thing; scripts without spaces glue every
  // particle ("3万人が", "3000명이") and say nothing by it
  if (next?.kind === 'word' && glued(tokens[c.end - 1], next) && !unitNext && !UNSPACED.test(next.text))
    return 'glued-word';
  // "Trismiati (37)": an age after a name
  if (c.plain && next?.text === ')' && tokens[c.start - 1]?.text === '(' && tokens[c.start - 2]?.upper)
    return 'age';
  const named = nameNumber(stream, c);
  if (named === 'dashed' || (named && !unitNext && !m.unitsBefore.matchEndingAt(tokens, c.start - 1)))
    return 'name';
  return null;
}

const YEAR_MIN = 1800;
const YEAR_MAX = 2100;
export const yearLike = (c: Core): boolean =>
  c.kind === 'digits' && c.plain && c.digits?.length === 4 && c.value >= YEAR_MIN && c.value <= YEAR_MAX;

/**
 * A bare number right after a capitalised word inside a sentence names a thing ("Boeing 737",
 * "Covid 19"), unless a unit follows; joined by a dash ("Covid - 19" as token-spaced corpora
 * write "Covid-19"), even then.
 */
function nameNumber(stream: TokenStream, c: Core): 'dashed' | 'plain' | null {
  if (!c.plain) return null;
  const { tokens, sentenceStarts } = stream;
  const dashed = tokens[c.start - 1]?.text === '-';
  const b = dashed ? c.start - 2 : c.start - 1;
  const w = tokens[b];
  if (!w || w.kind !== 'word' || !w.upper || (!dashed && sentenceStarts.has(b))) return null;
  return dashed ? 'dashed' : 'plain';
}
