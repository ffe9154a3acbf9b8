/**
 * The verb-final clause: the speaker opens it (closed by a topic or subject marker), the
 * reported content follows (often closed by a quotative marker) and the reporting verb ends it.
 * Read only for a language whose grammar says `verbFinal`.
 *   ko  "국정원은 북한이 병력을 파병했다고 밝혔다." / "김 장관은 “…”라고 말했다."
 *   ja  "外務省は北朝鮮がミサイルを発射したと発表した。" / "林官房長官は「…」と述べた。"
 *   tr  "Bakanlık, bölgede 3 bin kişinin tahliye edildiğini açıkladı."
 * A quotation as the whole content is direct (`quote.verb-final`), anything else indirect
 * (`indirect.verb-final`). Runs before the quotation parser, so “…”라고 말했다 keeps its speaker.
 */
import { fold } from '../../../lexicon/fold.js';
import { firstSentence, sentenceEnd, sentenceStart, trimSpan } from '../content.js';
import { cueOf, type Draft, type SpeakerSlot } from '../draft.js';
import { ENTITY, HEAD, L } from '../labels.js';
import { npLeft, type NP } from '../np.js';
import { findQuotes } from '../quotes.js';
import { has, lowerBound, type TokenView } from '../view.js';
import { reported, slot } from './clause.js';
import type { ParseState, Parser } from './types.js';

/** How far the speaker's marker may sit from the clause start, and adjuncts before the cue. */
const MAX_SPEAKER = 8;
const MAX_ADJUNCT = 5;
/** how far a speaker after a modifying clause may sit from the clause start */
const MAX_FAR = 20;
/** adjunct tokens between the speaker and a quotation: "보고가 끝난 뒤 기자들과 만나" */
const MAX_BETWEEN = 10;

/** The cue that closes the clause [lo, to): only punctuation may follow it. */
export function finalCue(v: TokenView, lo: number, to: number): number {
  let end = to;
  while (end > lo && v.toks[end - 1]!.kind !== 'word' && v.toks[end - 1]!.kind !== 'number') end--;
  for (let k = end - 1; k >= Math.max(lo, end - 4); k--) {
    const m = v.cueAt[k];
    if (m && m.end === end) return k;
  }
  return -1;
}

/** The speaker at the head of [lo, hi): the noun phrase before the first subject marker. */
export function speakerHead(
  v: TokenView,
  lo: number,
  hi: number,
): { np: NP; marker: number; end: number } | null {
  let s = lo;
  // "(서울=연합뉴스) 한지훈 기자 = 국정원은 …": a wire dateline ends at its last "="
  for (let k = lo; k < Math.min(hi, lo + 12); k++) if (v.toks[k]!.text === '=') s = k + 1;
  // "이날", "Ancak", "一方": dates, connectives and adverbs before the speaker
  while (s < hi && has(v, s, L.DATE | L.CONNECTIVE | L.ADVERB | L.COMMA)) s++;
  // "그는 “…”이라고 강조했다": a pronoun with its marker written onto it
  if (
    s < hi &&
    has(v, s, L.PRONOUN) &&
    v.toks[s]!.kind === 'word' &&
    !v.sl.subjectMarkers.matchAt(v.toks, s + 1) &&
    // "Bakan Murat Kurum, …": a role word that may point back is a title before a name
    !has(v, s + 1, L.PERSON)
  )
    return v.sl.subjectMarkers.phrases.some(
      (m) => fold(v.toks[s]!.text).endsWith(fold(m)) && fold(v.toks[s]!.text) !== fold(m),
    )
      ? { np: { first: s, last: s }, marker: s, end: s + 1 }
      : null;
  for (let k = s + 1; k < Math.min(hi, s + MAX_SPEAKER); k++) {
    if (has(v, k, L.QUOTE)) return null;
    const m = v.sl.subjectMarkers.matchAt(v.toks, k);
    if (!m) continue;
    const np = npLeft(v, k - 1, s);
    // a name these scripts do not capitalise: a short phrase ending in a role or title word
    const raw = { first: s, last: k - 1 };
    if (np && np.first === s) return { np, marker: k, end: m.end };
    if (k - s <= MAX_SPEAKER - 1 && (has(v, k - 1, HEAD | L.TITLE) || (np && np.first > s)))
      return { np: raw, marker: k, end: m.end };
    return null;
  }
  return farHead(v, s, hi);
}

/**
 * "Komisyonun toplantısının ardından basın toplantısı düzenleyen Işıkhan, …": a long clause
 * before the speaker modifies it; the speaker is the name, role or body closed by the marker.
 */
function farHead(v: TokenView, s: number, hi: number): { np: NP; marker: number; end: number } | null {
  for (let k = s + MAX_SPEAKER; k < Math.min(hi, s + MAX_FAR); k++) {
    if (has(v, k, L.QUOTE) || v.cueAt[k]) return null;
    const m = v.sl.subjectMarkers.matchAt(v.toks, k);
    if (!m) continue;
    const np = npLeft(v, k - 1, s);
    return np && has(v, np.last, ENTITY | L.ROLE | L.BODY) ? { np, marker: k, end: m.end } : null;
  }
  return null;
}

/** The quotative that closes the content, a few adjunct tokens before the cue at most. */
function quotativeBefore(v: TokenView, from: number, cue: number): { first: number; end: number } | null {
  for (let k = cue - 1; k >= Math.max(from, cue - MAX_ADJUNCT - 2); k--) {
    const m = v.sl.quotatives.matchAt(v.toks, k);
    if (m && m.end <= cue) return { first: k, end: m.end };
  }
  return null;
}

/** The speaker slot: the head's phrase, a speaker between quotative and cue, or the previous one. */
function speakerSlot(v: TokenView, head: NP | null, between: number, cue: number): SpeakerSlot {
  if (head) return slot(v, [head]);
  // "“…”라고 김 장관은 말했다": the speaker after the quotation, before the cue
  const h = speakerHead(v, between, cue);
  return h ? slot(v, [h.np]) : { groups: null, implied: -1 };
}

/** A direct statement for each quotation closed by a quotative and a final cue. */
function directDrafts(state: ParseState): void {
  const { v, drafts, used } = state;
  for (const q of findQuotes(v.doc.norm, v.doc.paragraphs)) {
    const qFirst = lowerBound(v.starts, q.start);
    const qLast = lowerBound(v.starts, q.end) - 1;
    if (qLast < qFirst || qLast + 1 >= v.toks.length) continue;
    const to = sentenceEnd(v, qLast + 1);
    const cue = finalCue(v, qLast + 1, to);
    if (cue < 0) continue;
    const quot = quotativeBefore(v, qLast + 1, cue);
    if (!quot || quot.first !== qLast + 1) continue;
    const start = sentenceStart(v, qFirst);
    let lo = start;
    let head = qFirst > lo ? speakerHead(v, lo, qFirst) : null;
    if (qFirst > lo && (!head || !onlyAdjuncts(v, head.end, qFirst) || lateHead(v, head.end, qFirst))) {
      // "… 관측에 대해 이 총재는 “…”라고 부인했다": the speaker after an opening adjunct, the
      // nearer of two marked heads
      const late = lateHead(v, head ? head.end : lo, qFirst);
      if (!late) continue;
      [lo, head] = [late.first, late.head];
    }
    const m = v.cueAt[cue]!;
    const contentSpan = trimSpan(v.doc.text, q.innerStart, q.innerEnd);
    const speaker = speakerSlot(v, head?.np ?? null, quot.end, cue);
    drafts.push({
      speakers: [speaker],
      cue: cueOf(m),
      negated: false,
      direct: true,
      span: { start: q.start, end: q.end },
      contentSpan,
      stanceTokens: firstSentence(v, contentSpan.start, contentSpan.end),
      attribution: { first: head ? lo : quot.first, end: to },
      rule: 'quote.verb-final',
      speakerRule: speaker.groups ? 'speaker.verb-final-head' : 'speaker.previous',
    });
    for (let k = head ? start : qFirst; k < to; k++) used[k] = 1;
  }
}

/** A speaker head after a comma or function word, with only adjuncts between it and `qFirst`. */
function lateHead(
  v: TokenView,
  lo: number,
  qFirst: number,
): { first: number; head: NonNullable<ReturnType<typeof speakerHead>> } | null {
  for (let s = qFirst - 2; s > lo; s--) {
    if (!has(v, s - 1, L.COMMA | L.FUNCTION) || has(v, s, L.FUNCTION | L.COMMA)) continue;
    const head = speakerHead(v, s, qFirst);
    if (head && onlyAdjuncts(v, head.end, qFirst)) return { first: s, head };
  }
  return null;
}

/**
 * Whether only adjuncts lie in [from, to) between the speaker and the quotation: "기자들과 만나",
 * "協議の後、記者団に"; a short stretch with no cue and no quotation of its own.
 */
function onlyAdjuncts(v: TokenView, from: number, to: number): boolean {
  if (to - from > MAX_BETWEEN) return false;
  for (let k = from; k < to; k++) if (v.cueAt[k] || has(v, k, L.QUOTE)) return false;
  return true;
}

/** "AFAD, 23 Ekim'de açıklama yaptı": a date is when it spoke, not what it said. */
function onlyDates(v: TokenView, first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const t = v.toks[k]!;
    // "'de" in "23 Ekim'de": a case suffix split off the date
    if (t.kind === 'word' && !has(v, k, L.DATE | L.COMMA) && !/^['’]/.test(t.text)) return false;
  }
  return true;
}

/**
 * Where the last clause before the cue starts: after a conjunctive particle and its comma
 * ("…報道があったが、日銀の広報担当者はこれを否定した"), when a speaker heads that clause.
 */
function lastClauseStart(v: TokenView, lo: number, cue: number): number {
  for (let s = cue - 2; s > lo + 1; s--) {
    if (!has(v, s - 1, L.COMMA)) continue;
    const c = v.sl.clauseConjunctions.matchEndingAt(v.toks, s - 2);
    if (c && c.start > lo && speakerHead(v, s, cue)) return s;
  }
  return lo;
}

/** An indirect statement: "국정원은 … 파병했다고 밝혔다", "Bakanlık, … açıkladı". */
export function verbFinalAt(v: TokenView, from: number, to: number): { draft: Draft; stop: number } | null {
  if (!v.sl.verbFinal) return null;
  const cue = finalCue(v, from, to);
  if (cue < 0) return null;
  const lo = lastClauseStart(v, from, cue);
  const head = speakerHead(v, lo, cue);
  if (!head) return speakerAfterQuotative(v, lo, to, cue);
  const quot = quotativeBefore(v, head.end, cue);
  const end = quot ? quot.first : cue;
  // "林氏は、航空機…": the comma after the topic belongs to no one
  const first = has(v, head.end, L.COMMA) ? head.end + 1 : head.end;
  const m = v.cueAt[cue]!;
  // "Bakanlık, iddiaları yalanladı": a denial's one-word object is read with its verb, as a
  // refusal is; any other cue needs a clause ("kararı açıkladı" announced, it reported nothing)
  const object = end - first < 2 && m.value.stance === 'deny';
  if ((end - first < 2 && !object) || onlyDates(v, first, end)) return null;
  const draft = reported(v, {
    speakers: [slot(v, [head.np])],
    cue: cueOf(m),
    content: { first, end: object ? m.end : end },
    attribution: { first: lo, end: head.end },
    rule: 'indirect.verb-final',
    speakerRule: 'speaker.verb-final-head',
  });
  return draft ? { draft, stop: to } : null;
}

/** "… 열어뒀다고 이 총재는 전했다": the content first, the speaker between its quotative and the cue. */
function speakerAfterQuotative(
  v: TokenView,
  lo: number,
  to: number,
  cue: number,
): { draft: Draft; stop: number } | null {
  const quot = quotativeBefore(v, lo + 2, cue);
  if (!quot || quot.end >= cue) return null;
  const h = speakerHead(v, quot.end, cue);
  if (!h || h.end !== cue) return null;
  const draft = reported(v, {
    speakers: [slot(v, [h.np])],
    cue: cueOf(v.cueAt[cue]!),
    content: { first: lo, end: quot.first },
    attribution: { first: quot.first, end: to },
    rule: 'indirect.verb-final',
    speakerRule: 'speaker.verb-final-head',
  });
  return draft ? { draft, stop: to } : null;
}

/** Quotations closed by a quotative and a final cue, read before any other quotation parser. */
export const quoteVerbFinal: Parser = {
  rule: 'quote.verb-final',
  scope: 'article',
  parse: (state) => {
    if (state.v.sl.verbFinal) directDrafts(state);
  },
};

export const verbFinal: Parser = {
  rule: 'indirect.verb-final',
  scope: 'sentence',
  parse: (v, lo, to) => verbFinalAt(v, lo, to),
};
