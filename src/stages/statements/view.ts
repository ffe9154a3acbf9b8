import type { Doc } from '../../domain/document.js';
import { fold } from '../../lexicon/fold.js';
import { filterOf } from '../../lexicon/word-filter.js';
import type { Entity } from '../../domain/entity.js';
import type { Token } from '../../domain/text.js';
import type { PhraseMatch } from '../../lexicon/phrase-set.js';
import type { CueInfo, StatementLexicon } from './compile.js';
import { ENTITY, L } from './labels.js';
import { markSpeakerDays } from './speaker-days.js';
import { markUnmarkedNames, markUnmarkedPlaces } from './unmarked-names.js';

/**
 * The article as one labelled token sequence: every sentence's tokens in order, each with the
 * labels the speaker and cue rules test, the entity it belongs to and its sentence.
 */
export interface TokenView {
  doc: Doc;
  sl: StatementLexicon;
  toks: Token[];
  /** start offset of each token, for binary search */
  starts: Int32Array;
  flags: Int32Array;
  sent: Int32Array;
  /** first token index of each sentence, plus one past the last at the end */
  sentStart: Int32Array;
  entity: Array<Entity | undefined>;
  /** for a token inside an entity mention: index of the mention's first and last token */
  mentionFirst: Int32Array;
  mentionLast: Int32Array;
  /** cue phrase starting at a token */
  cueAt: Array<PhraseMatch<CueInfo> | undefined>;
}

const ENTITY_LABEL: Record<Entity['type'], number> = {
  person: L.PERSON,
  organization: L.ORG,
  country: L.COUNTRY,
  place: L.PLACE,
};

export function buildView(doc: Doc, sl: StatementLexicon): TokenView {
  // sized once: on a 10 MB article these are two million entries, built without growing
  let n = 0;
  for (const s of doc.sentences) n += s.tokens.length;
  const toks: Token[] = new Array(n);
  const starts = new Int32Array(n);
  const sent = new Int32Array(n);
  const sentStart = new Int32Array(doc.sentences.length + 1);
  let k = 0;
  doc.sentences.forEach((s, i) => {
    sentStart[i] = k;
    for (const t of s.tokens) {
      toks[k] = t;
      starts[k] = t.start;
      sent[k++] = i;
    }
  });
  sentStart[doc.sentences.length] = n;
  const view: TokenView = {
    doc,
    sl,
    toks,
    starts,
    flags: new Int32Array(n),
    sent,
    sentStart,
    entity: new Array(n),
    mentionFirst: new Int32Array(n).fill(-1),
    mentionLast: new Int32Array(n).fill(-1),
    cueAt: new Array(n),
  };
  markEntities(view);
  markSpans(view, doc.dates, L.DATE);
  // one callback for every token, not a closure made per token: `at` is the token it labels from
  let at = 0;
  const label = (stop: number, bits: number) => {
    for (let k = at; k < stop; k++) view.flags[k]! |= bits;
  };
  for (let s = 0; s < doc.sentences.length; s++) {
    const from = sentStart[s]!;
    const to = sentStart[s + 1]!;
    // most sentences report nothing: label in full only those with a cue, a quotation mark or
    // "menurut"; the others only where a sentence's subject is looked for
    const full = s === 0 || mayReport(view, from, to);
    const end = full ? to : Math.min(to, from + 6);
    for (let i = from; i < end; i++) {
      at = i;
      sl.labels.forEachAt(toks, i, to, label);
    }
    for (let i = from; i < end; i++) {
      labelWord(view, i, i === from || toks[i - 1]!.kind === 'quote' || toks[i - 1]!.text === ':');
      if (!full) continue;
      const cue = sl.cues.matchAt(toks, i) ?? cueAcrossAdverbs(view, i, to);
      // "United States", "Konfirmasi" in a name: a capitalised cue inside a name is no cue
      const inName = toks[i]!.upper && i > from && (view.flags[i - 1]! & (L.CAP | ENTITY) || view.entity[i]);
      if (cue && cue.end <= to && !inName) view.cueAt[i] = cue;
    }
    if (full) markUnmarkedPlaces(view, from, to);
    if (full) markUnmarkedNames(view, from, to);
    if (full) markSpeakerDays(view, from, to);
    if (sl.adjectiveEndings.length) markAdjectives(view, from, end);
  }
  return view;
}

/**
 * A compound cue whose auxiliary and participle stand apart around adverbs: "ha però ammesso",
 * "a toutefois reconnu", "has also said". The match spans the adverbs too.
 */
function cueAcrossAdverbs(view: TokenView, i: number, to: number): PhraseMatch<CueInfo> | null {
  const { toks, flags, sl } = view;
  let k = i + 1;
  while (k < to && k <= i + 3 && flags[k]! & L.ADVERB && !(flags[k]! & L.DATE)) k++;
  if (k === i + 1 || k >= to) return null;
  const m = sl.cues.matchAt([toks[i]!, ...toks.slice(k, Math.min(to, k + 4))], 0);
  if (!m || m.end < 2) return null;
  return { ...m, start: i, end: k + m.end - 1 };
}

/**
 * Inflected adjectives (and a number) between an article and its capitalised noun modify the
 * noun: "der 23-jährige Sportler", "eines neutralen Vermittlers", "die 13 beteiligten Helfer".
 * They are labelled as modifiers so that the speaker's noun phrase reads through them.
 */
function markAdjectives(view: TokenView, from: number, to: number): void {
  const { toks, sl, flags } = view;
  const adjective = (k: number) => {
    const t = toks[k]!;
    return (
      t.kind === 'word' &&
      !t.upper &&
      flags[k] === 0 &&
      !view.cueAt[k] &&
      sl.adjectiveEndings.some((e) => t.norm.length > e.length + 2 && t.norm.endsWith(e))
    );
  };
  for (let i = from + 1; i < to; i++) {
    // after an article, or a preposition with no article: "laut israelischen Medien"
    if (!(flags[i - 1]! & (L.INDEF | L.PREP)) && !sl.according.matchAt(toks, i - 1)) continue;
    // "der 23-jährige": a number and its hyphen before the adjective's stem
    let k = i;
    if (toks[k]?.kind === 'number' && k + 1 < to) k += toks[k + 1]!.text === '-' ? 2 : 1;
    const first = k;
    while (k < to && adjective(k)) k++;
    if (k >= to || !(toks[k]!.upper || flags[k]! & (L.CAP | L.ROLE | L.BODY | L.UNNAMED))) continue;
    if (k === first && first === i) continue;
    for (let m = i; m < k; m++) flags[m]! |= L.MOD;
  }
}

function mayReport(view: TokenView, from: number, to: number): boolean {
  const { toks, sl } = view;
  const tails = filterOf(sl.cueTails);
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.kind === 'quote' || t.text === ':') return true;
    if (t.kind === 'word' && sl.triggers.matchAt(toks, i)) return true;
    // "Elle a toutefois reconnu que …": the cue's words stand apart around an adverb
    if (t.kind === 'word' && i > from + 1 && tails.mayHave(t.norm) && sl.cueTails.has(t.norm)) return true;
  }
  // "…, the Pentagon.": an organisation after the last comma may be the claim's source
  for (let i = to - 1; i > from && i >= to - 7; i--)
    if (toks[i]!.norm === ',')
      return toks.slice(i + 1, to).some((_, k) => view.entity[i + 1 + k]?.type === 'organization');
  return false;
}

function labelWord(view: TokenView, i: number, sentenceInitial: boolean): void {
  const t = view.toks[i]!;
  const sl = view.sl;
  let f = view.flags[i]!;
  if (t.kind === 'quote') f |= L.QUOTE;
  // full-width forms too ("防衛省によると、…", "表示：", "（共同）"), and the norm, so that the
  // Arabic comma "،" is a comma
  else if (t.norm === ',' || t.text === '，' || t.text === '、') f |= L.COMMA;
  else if (t.norm === ':' || t.text === '：') f |= L.COLON;
  else if (t.text === '(' || t.text === '（') f |= L.OPEN_PAREN;
  else if (t.text === ')' || t.text === '）') f |= L.CLOSE_PAREN;
  if (t.kind === 'word') {
    const w = t.norm;
    f |= sl.wordBits.get(w) ?? 0;
    if (!f && sl.suffixBits.size) f |= compoundHead(sl.suffixBits, t.text);
    // "Jend." read without its stop
    if (w.endsWith('.')) f |= (sl.wordBits.get(w.slice(0, -1)) ?? 0) & L.TITLE;
    if (t.upper) {
      // "Namun", "The", "Menurut" open sentences in capitals but name nobody
      const grammatical =
        f &
        (L.FUNCTION |
          L.ADVERB |
          L.CONNECTIVE |
          L.INDEF |
          L.PREP |
          L.NEG |
          L.CONJ |
          L.PRONOUN |
          L.COMPLEMENTIZER);
      if (!(sentenceInitial && grammatical) && !(f & L.PRONOUN && sentenceInitial)) f |= L.CAP;
    }
  }
  view.flags[i] = f;
}

/** "산림청장": the label of the longest role or body word the token ends with, after a stem */
function compoundHead(suffixes: Map<string, number>, text: string): number {
  // letters, not the folded form's code units: folding takes Hangul syllables apart
  const w = text.normalize('NFC');
  for (let n = Math.min(5, w.length - 1); n >= 2; n--) {
    const bits = suffixes.get(fold(w.slice(-n)));
    if (bits) return bits;
  }
  return 0;
}

function markEntities(view: TokenView): void {
  const { toks, starts } = view;
  for (const e of view.doc.entities) {
    const label = ENTITY_LABEL[e.type];
    for (const m of e.mentions) {
      const first = lowerBound(starts, m.start);
      let last = first;
      while (last + 1 < toks.length && toks[last + 1]!.start < m.end) last++;
      if (first >= toks.length || toks[first]!.start >= m.end) continue;
      for (let k = first; k <= last; k++) {
        view.flags[k]! |= label;
        view.entity[k] = e;
        view.mentionFirst[k] = first;
        view.mentionLast[k] = last;
      }
    }
  }
}

function markSpans(
  view: TokenView,
  spans: ReadonlyArray<{ span: { start: number; end: number } }>,
  label: number,
) {
  const { starts } = view;
  for (const { span } of spans) {
    for (let k = lowerBound(starts, span.start); k < view.toks.length && view.toks[k]!.start < span.end; k++)
      view.flags[k]! |= label;
  }
}

/** index of the first element >= x */
export function lowerBound(a: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const has = (view: TokenView, i: number, label: number): boolean =>
  i >= 0 && i < view.toks.length && (view.flags[i]! & label) !== 0;

export const isEntity = (view: TokenView, i: number): boolean => has(view, i, ENTITY);
