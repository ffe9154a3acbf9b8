/**
 * A refusal phrase of the stance lexicon parted by an adjunct: its first words ("from
 * comments"), what the comments would have been about, then its last words ("refused"). Word
 * order lets the refused object open the phrase and its verb close it, with the topic between.
 * The speaker stands before the phrase, or is the body of a locative opening the sentence.
 *   uk  "В «Укренерго» від коментарів щодо стану мережі відмовилися."
 *   ru  "Представители банка от комментариев по поводу сделки отказались."
 *       "Песков не стал эти сообщения комментировать." (the refusal "не стал комментировать")
 */
import { tokenize } from '../../../lexicon/tokenize.js';
import type { PhraseSet } from '../../../lexicon/phrase-set.js';
import type { CueInfo } from '../compile.js';
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { subjectBefore } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { reported, slot } from './clause.js';
import { bodyAt } from './locative-source.js';
import type { Parser } from './types.js';

/** How many words may part the refusal's two halves: "щодо стану енергосистеми регіону". */
const GAP = 8;
/** How many tokens may follow the refusal: "на запрос агентства". */
const TAIL = 10;
const REFUSED: CueInfo = { class: 'say', stance: 'hedge', short: false, clitic: false, full: false };

interface Split {
  head: string[];
  tail: string[];
}

/** Every way to cut each refusal phrase of two words or more into two non-empty halves. */
const splitsOf = new WeakMap<PhraseSet<string>, Map<string, Split[]>>();
function splits(set: PhraseSet<string>): Map<string, Split[]> {
  let byFirst = splitsOf.get(set);
  if (byFirst) return byFirst;
  byFirst = new Map();
  for (const phrase of set.phrases) {
    const norms = tokenize(phrase).map((t) => t.norm);
    for (let k = 1; k < norms.length; k++) {
      const list = byFirst.get(norms[0]!) ?? [];
      list.push({ head: norms.slice(0, k), tail: norms.slice(k) });
      byFirst.set(norms[0]!, list);
    }
  }
  splitsOf.set(set, byFirst);
  return byFirst;
}

const matches = (v: TokenView, at: number, norms: readonly string[]) =>
  norms.every((n, k) => v.toks[at + k]?.norm === n);

/** Where the refusal's last half starts after a plain gap, and where it ends; or null. */
function parted(v: TokenView, i: number, to: number): { end: number } | null {
  for (const s of splits(v.sl.refusal).get(v.toks[i]!.norm) ?? []) {
    if (!matches(v, i, s.head)) continue;
    const gap = i + s.head.length;
    for (let j = gap + 1; j <= Math.min(to - s.tail.length, gap + GAP); j++) {
      const k = j - 1;
      // the gap is plain words: no punctuation, cue, clause or quotation inside it
      if (v.toks[k]!.kind !== 'word' || v.cueAt[k] || has(v, k, L.COMPLEMENTIZER | L.QUOTE | L.RELATIVE))
        break;
      if (matches(v, j, s.tail)) return { end: j + s.tail.length };
    }
  }
  return null;
}

/** "В «Укренерго» …": the body named in a locative that opens the clause right before `i`. */
function locativeBefore(v: TokenView, i: number, lo: number) {
  for (let p = lo; p < i; p++) {
    const b = bodyAt(v, p, i);
    if (b && (b.last === i - 1 || (b.last === i - 2 && has(v, i - 1, L.QUOTE)))) return b;
    if (!has(v, p, L.CONNECTIVE | L.ADVERB)) return null;
  }
  return null;
}

export function refusalSplitAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  if (v.sl.refusal.matchAt(v.toks, i)) return null;
  const r = parted(v, i, to);
  if (!r) return null;
  let end = to;
  while (end > r.end && v.toks[end - 1]!.kind === 'punct') end--;
  if (end - r.end > TAIL) return null;
  for (let k = r.end; k < end; k++)
    if (has(v, k, L.COMPLEMENTIZER | L.QUOTE | L.COLON) || v.cueAt[k]) return null;
  const subj = subjectBefore(v, i, lo);
  const body = subj ? null : locativeBefore(v, i, lo);
  const speakers = subj
    ? subj.speakers.map((g) => slot(v, g))
    : body
      ? [{ groups: [body], implied: null }]
      : null;
  if (!speakers) return null;
  return reported(v, {
    speakers,
    cue: { first: i, end: r.end, info: REFUSED },
    content: { first: i, end },
    attribution: { first: lo, end: i },
    rule: 'indirect.refusal-split',
    speakerRule: body ? 'speaker.locative-body' : 'speaker.before-cue',
  });
}

export const refusalSplit: Parser = {
  rule: 'indirect.refusal-split',
  scope: 'token',
  parse: ({ v, i, lo, to }) => refusalSplitAt(v, i, lo, to),
};
