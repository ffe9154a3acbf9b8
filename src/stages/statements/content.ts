import type { Draft, TokRange } from './draft.js';
import { pastCueAdjunct } from './boundaries.js';
import { L } from './labels.js';
import { has, lowerBound, type TokenView } from './view.js';

/** Token range of the characters [start, end). */
export function tokensOf(v: TokenView, start: number, end: number): TokRange {
  return { first: lowerBound(v.starts, start), end: lowerBound(v.starts, end) };
}

/** The tokens of the first sentence inside [start, end): where a long quote's stance is read. */
export function firstSentence(v: TokenView, start: number, end: number): TokRange {
  const r = tokensOf(v, start, end);
  if (r.first >= r.end) return r;
  const s = v.sent[r.first]!;
  return { first: r.first, end: Math.min(r.end, v.sentStart[s + 1]!) };
}

/** Trims white space and a trailing comma or period from a content span. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,;:]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { start, end };
}

export function spanText(v: TokenView, r: { start: number; end: number }): string {
  return v.doc.text.slice(r.start, r.end);
}

export const sentenceEnd = (v: TokenView, i: number): number => v.sentStart[v.sent[i]! + 1]!;
export const sentenceStart = (v: TokenView, i: number): number => v.sentStart[v.sent[i]!]!;

/** Index after the content of a sentence: before its final punctuation. */
export function contentEnd(v: TokenView, from: number, to: number): number {
  // "… had arrived and added that …", "… was safe, adding that …": the second cue starts a
  // statement of its own
  let quotes = has(v, from, L.QUOTE) ? 1 : 0;
  for (let k = from + 1; k + 1 < to; k++) {
    if (has(v, k, L.QUOTE)) quotes++;
    // "… lebih terbuka. ”Data itu penting,” ujarnya": a quotation opening after a full stop is a
    // new sentence the segmenter left joined, never more of this content
    if (
      quotes % 2 === 0 &&
      // the label first: it is a bit test, the regex runs only before a quotation mark
      has(v, k + 1, L.QUOTE) &&
      /^[.!?]$/.test(v.toks[k]!.text) &&
      v.toks[k + 2]?.upper
    ) {
      to = k;
      break;
    }
    // "acusa governo de abandonar Taltal; Executivo fala em …": a semicolon before a capital
    // joins a clause of its own (headlines often pair two sides so)
    if (quotes % 2 === 0 && v.toks[k]!.text === ';' && v.toks[k + 1]?.upper) {
      to = k;
      break;
    }
    // but "said she still believed …": an adverb between a reported clause's own subject and
    // its verb, the verb reports inside the content
    if (
      has(v, k, L.CONJ | L.CONNECTIVE) &&
      v.cueAt[k + 1]?.value.full &&
      !has(v, k - 1, L.CONJ) &&
      !(has(v, k, L.ADVERB) && has(v, k - 1, L.PRONOUN | L.PERSON))
    ) {
      to = has(v, k - 1, L.COMMA) ? k - 1 : k;
      break;
    }
    if (has(v, k, L.COMMA) && clauseOfOwnSpeaker(v, k + 1, to)) {
      to = k;
      break;
    }
    if (has(v, k, L.COMMA) && v.cueAt[k + 1] && v.sl.participles.matchAt(v.toks, k + 1)) {
      to = k;
      break;
    }
  }
  let e = to;
  while (e > from && v.toks[e - 1]!.kind === 'punct' && /^[.!?…;]+$/.test(v.toks[e - 1]!.text)) e--;
  return e;
}

/** How many words a speaker may take between a joining word and its cue. */
const JOINED_SPEAKER = 6;

/**
 * "…, while the Canadian Labour Congress said it would join", "…, sedangkan Kemenkes menyebut
 * …": after a comma, a subordinator or connective, then a speaker's words (all of them known to
 * the lexicon or the entity stage), then a cue: a statement of another speaker begins.
 */
function clauseOfOwnSpeaker(v: TokenView, at: number, to: number): boolean {
  const sub = v.sl.subordinators.matchAt(v.toks, at);
  const first = sub ? sub.end : has(v, at, L.CONNECTIVE | L.CONJ) ? at + 1 : -1;
  if (first < 0) return false;
  for (let k = first; k < Math.min(to, first + JOINED_SPEAKER + 1); k++) {
    if (v.cueAt[k]?.value.full) return k > first && !v.sl.participles.matchAt(v.toks, k);
    if (!v.flags[k] || has(v, k, L.COMMA | L.QUOTE | L.PREP | L.COMPLEMENTIZER)) return false;
  }
  return false;
}

// words that describe the channel of a statement ("dalam sebuah pernyataan email", "in a
// televised address") and may sit between a cue and its content
const CHANNEL =
  L.DATE |
  L.ADVERB |
  L.PREP |
  L.CONNECTOR |
  L.CAP |
  L.ORG |
  L.PERSON |
  L.COUNTRY |
  L.PLACE |
  L.INDEF |
  L.ROLE |
  L.UNNAMED |
  L.MOD |
  L.BODY;

/**
 * Where the reported content starts after a cue ending at `k`: after a complementizer, colon
 * or comma that follows the hearer and channel ("mengatakan kepada CNN bahwa", "said on
 * Wednesday that", "mengatakan pada hari Senin di platform media sosial X bahwa"), or right
 * after the cue when the verb takes a bare clause ("Austin mengatakan AS masih …").
 */
export function contentStartAfter(
  v: TokenView,
  k: number,
  to: number,
  bare: boolean,
  question = false,
): number | null {
  // "bertanya apakah …", "asked whether …": the question word is part of the question
  if (question) {
    let q = k;
    while (q < to && v.flags[q]! & (L.DATE | L.ADVERB)) q++;
    if (q < to && v.sl.questionWords.has(v.toks[q]!.norm)) return q;
  }
  // verb-second: the cue's objects and adjuncts fill the middle field up to the comma that
  // opens the reported clause ("Der Richter sagte zu Mair, …", "erklärte hingegen, …")
  if (!bare && v.sl.data.grammar.verbSecond)
    for (let p = k; p < Math.min(to, k + 12); p++) {
      const f = v.flags[p]!;
      if (f & (L.COMMA | L.COLON | L.COMPLEMENTIZER)) return p + 1 < to ? p + 1 : null;
      if (f & L.QUOTE || v.cueAt[p] || (v.toks[p]!.kind === 'punct' && v.toks[p]!.text !== '-')) return null;
    }
  // inside a prepositional phrase ("dalam sebuah pernyataan email") a few plain words may pass
  let inPhrase = false;
  let plain = 0;
  let from = k;
  // "told reporters in Moscow on Friday that …": the hearer of "told" comes first
  if (v.sl.hearerVerbs.has(v.toks[k - 1]?.norm ?? '')) {
    let n = 0;
    while (
      from < to &&
      n < 4 &&
      (v.flags[from]! &
        (L.INDEF | L.CAP | L.ORG | L.PERSON | L.COUNTRY | L.UNNAMED | L.ROLE | L.MOD | L.BODY) ||
        (v.toks[from]!.kind === 'word' && !v.toks[from]!.upper && v.flags[from] === 0))
    ) {
      from++;
      n++;
    }
  }
  for (let p = from; p < Math.min(to, from + 16); p++) {
    const f = v.flags[p]!;
    const t = v.toks[p]!;
    if (f & L.COMMA) {
      // "said, in a statement, that …": the channel between commas belongs to the cue
      const q = pastCueAdjunct(v, p, to);
      if (q > p) {
        p = q;
        if (has(v, p + 1, L.COMPLEMENTIZER)) p++;
      }
      return p + 1 < to ? p + 1 : null;
    }
    if (f & (L.COMPLEMENTIZER | L.COLON)) return p + 1 < to ? p + 1 : null;
    if (f & L.QUOTE || v.cueAt[p] || f & L.NEG) break;
    if (f & L.PREP || v.sl.hearerPreps.has(t.norm)) {
      inPhrase = true;
      plain = 0;
      continue;
    }
    if (f & CHANNEL || t.kind === 'number' || t.text === '(' || t.text === ')') continue;
    if (t.kind === 'word' && inPhrase && ++plain <= 4) continue;
    break;
  }
  if (!bare) return null;
  // a bare clause: step over dates and adverbs and a hearer ("told reporters", "kepada wartawan")
  let p = k;
  // "told CNN the talks …": the hearer of "told" follows it directly
  if (v.sl.hearerVerbs.has(v.toks[k - 1]?.norm ?? '')) {
    while (
      p < to &&
      v.flags[p]! & (L.INDEF | L.CAP | L.ORG | L.PERSON | L.COUNTRY | L.UNNAMED | L.ROLE | L.MOD | L.BODY)
    )
      p++;
    if (p === k && v.toks[p]?.kind === 'word' && !v.toks[p]!.upper) p++;
  }
  while (p < to && v.flags[p]! & (L.DATE | L.ADVERB)) p++;
  // the preposition as written: Portuguese "à" folds to "a", the article of "negou a informação"
  if (p < to && v.sl.hearerPrepsWritten.has(v.toks[p]!.text.normalize('NFC').toLowerCase())) {
    p++;
    // "ante la Audiencia Provincial de Málaga": a name connector inside the hearer's name
    while (
      p < to &&
      (v.flags[p]! & (L.INDEF | L.CAP | L.ORG | L.UNNAMED | L.ROLE | L.MOD | L.PLACE | L.COUNTRY | L.BODY) ||
        (v.flags[p]! & L.CONNECTOR && v.flags[p + 1]! & (L.CAP | L.PLACE | L.COUNTRY | L.ORG)))
    )
      p++;
  }
  while (p < to && v.flags[p]! & (L.DATE | L.ADVERB)) p++;
  p = pastChannel(v, p, to);
  while (p < to && v.flags[p]! & (L.DATE | L.ADVERB)) p++;
  return p < to ? p : null;
}

/**
 * "said in a statement it would …", "mengatakan dalam keterangan tertulis polisi …": a
 * preposition, an article or two and a channel noun stand between a bare cue and its clause.
 */
export function pastChannel(v: TokenView, p: number, to: number): number {
  if (p >= to || !(v.flags[p]! & L.PREP)) return p;
  for (let q = p + 1; q < Math.min(to, p + 4); q++) {
    const m = v.sl.channels.matchAt(v.toks, q);
    // "said in a press release, but …": the comma after the channel goes with it
    if (m) return m.end >= to ? p : has(v, m.end, L.COMMA) && m.end + 1 < to ? m.end + 1 : m.end;
    if (!(v.flags[q]! & (L.INDEF | L.MOD))) break;
  }
  return p;
}

export function draftContent(
  v: TokenView,
  first: number,
  end: number,
): Pick<Draft, 'span' | 'contentSpan' | 'stanceTokens'> | null {
  if (first >= end) return null;
  const span = trimSpan(v.doc.text, v.toks[first]!.start, v.toks[end - 1]!.end);
  if (span.end <= span.start) return null;
  let words = 0;
  for (let i = first; i < end; i++) if (v.toks[i]!.kind !== 'punct') words++;
  if (words < 2) return null;
  return { span, contentSpan: span, stanceTokens: { first, end } };
}
