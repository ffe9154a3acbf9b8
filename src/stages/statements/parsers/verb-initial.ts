/**
 * A clause that opens with its reporting verb, the speaker after it, then a complementizer and
 * the content; or the complementizer right after the verb, the speaker implied (the previous
 * one). Only for a language whose grammar says so (`grammar.verbInitial`).
 *   ar  "وقال وزير الصحة فراس الأبيض للصحفيين إن الفرق ما زالت تبحث" / "وأضاف أن المستشفيات …"
 */
import { contentEnd } from '../content.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import type { NP } from '../np.js';
import { speakerAfter } from '../speaker.js';
import { has, isEntity, type TokenView } from '../view.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';

/** How many tokens may stand between the speaker and the complementizer: "للصحفيين", a date. */
const GAP = 10;
/** How many plain words a name may run on by, where no capital letter marks it: "فراس الأبيض". */
const RUN = 4;
const DASHES = new Set(['-', '–', '—']);
const NOT_NAME = L.PREP | L.DATE | L.COMMA | L.COLON | L.QUOTE | L.COMPLEMENTIZER | L.PRONOUN | L.FUNCTION;

/**
 * In a script without capitals a name the entity stage does not know is plain words: the
 * speaker runs on over them ("وقال ميقاتي", "وزير الصحة فراس الأبيض") up to a preposition, a
 * hearer ("للصحفيين"), a date or the complementizer.
 */
function runOn(v: TokenView, first: number, last: number, to: number): NP | null {
  let k = last;
  while (
    k + 1 < to &&
    k + 1 - last <= RUN &&
    !has(v, k + 1, NOT_NAME) &&
    !v.cueAt[k + 1] &&
    !v.sl.hearerPreps.has(v.toks[k + 1]!.norm) &&
    v.toks[k + 1]!.kind === 'word'
  )
    k++;
  return k >= first ? { first, last: k } : null;
}

/** Whether the cue opens its clause: only connectives and adverbs before it, or a comma. */
export function opensClause(v: TokenView, i: number, lo: number): boolean {
  for (let k = i - 1; k >= lo; k--) {
    if (has(v, k, L.COMMA)) return true;
    // "بيروت - أعلنت وزارة الصحة …": the dash after a dateline
    if (DASHES.has(v.toks[k]!.text)) return true;
    if (!has(v, k, L.CONNECTIVE | L.ADVERB | L.CONJ)) return false;
  }
  return true;
}

function complementizerFrom(v: TokenView, from: number, to: number, gap: number): number {
  for (let k = from; k < Math.min(to - 1, from + gap + 1); k++) {
    if (has(v, k, L.COMPLEMENTIZER)) return k;
    if (has(v, k, L.QUOTE | L.COLON) || v.cueAt[k]) return -1;
  }
  return -1;
}

/** "… مخازن أسلحة، وقال إن …": a comma and a cue with its conjunction fused start a new statement. */
export function untilNextCue(v: TokenView, from: number, end: number): number {
  for (let k = from + 1; k + 1 < end; k++) if (has(v, k, L.COMMA) && v.cueAt[k + 1]) return k;
  return end;
}

/** The speaker after a clause-initial cue, run on over plain words where no capital marks a name. */
export function speakerAfterInitialCue(v: TokenView, from: number, to: number): NP[] | null {
  const read = speakerAfter(v, from, to);
  const lastGroup = read?.[read.length - 1];
  const tail = lastGroup ? runOn(v, lastGroup.first, lastGroup.last, to) : runOn(v, from, from - 1, to);
  if (!tail) return null;
  return read ? [...read.slice(0, -1), tail] : [tail];
}

/**
 * "ويرى الباحث في الشؤون الآسيوية سامر خليل أن …": a role whose field follows in a
 * prepositional phrase, the holder's name after it. The speaker runs on to the complementizer
 * when a connector opens the gap and nothing in it is an adjunct phrase ("في مؤتمر صحفي"), a
 * hearer or a date.
 */
function extendOverConnector(v: TokenView, groups: NP[], c: number): void {
  const last = groups[groups.length - 1]!;
  const from = last.last + 1;
  if (from >= c || c - from > 7 || !has(v, from, L.CONNECTOR)) return;
  let role = false;
  for (let k = last.first; k <= last.last; k++) if (has(v, k, L.ROLE | L.UNNAMED)) role = true;
  if (!role) return;
  for (let k = from + 1; k < c; k++)
    if (
      v.toks[k]!.kind !== 'word' ||
      has(v, k, L.PREP | L.DATE | L.ADVERB | L.PRONOUN) ||
      v.cueAt[k] ||
      v.sl.hearerPreps.has(v.toks[k]!.norm)
    )
      return;
  groups[groups.length - 1] = { first: last.first, last: c - 1 };
}

/**
 * "نفت وزارة الدفاع الإندونيسية تلقي أي طلب": a denial takes a noun phrase as its content, no
 * complementizer; read only for a denying cue whose speaker is a known entity or body, so the
 * speaker cannot run on into the object.
 */
/** How many words a role's holder may take after it: "والي صفاقس فتحي بن سالم". */
const HOLDER = 6;

function denialOfNoun(
  v: TokenView,
  m: NonNullable<TokenView['cueAt'][number]>,
  cue: Draft['cue'],
  groups: NP[],
  lo: number,
  to: number,
): Draft | null {
  // "وأعلنت إدارة المستشفى، الأحد، توقف أقسامها": an announcement's verbal noun is its content too
  if (m.value.stance !== 'deny' && m.value.class !== 'announce') return null;
  const last = groups[groups.length - 1]!;
  // the speaker ends with its last known word: what runs on after it is the denied object
  let known = -1;
  for (let k = last.first; k <= last.last; k++)
    if (isEntity(v, k) || has(v, k, L.BODY | L.GOVERNMENT | L.COUNTRY | L.DEMONYM)) known = k;
  // "نفى والي صفاقس فتحي بن سالم ما تداولته …": a role's holder runs on to the word that opens
  // the denied object, when one does within a short name's reach
  if (known < 0 && has(v, last.first, L.ROLE)) {
    known = last.first;
    let k = known + 1;
    while (k < Math.min(to, known + HOLDER) && v.toks[k]!.kind === 'word' && !v.flags[k]) k++;
    if (k > known + 1 && k < to && has(v, k, L.FUNCTION) && !v.cueAt[k]) known = k - 1;
  }
  if (known < 0) return null;
  // "إدارة مستشفى العودة في شمال غزة، الأحد، …": a day set off by commas closes the speaker
  let dayEnd = -1;
  for (let k = known + 1; k < Math.min(to - 2, known + 8); k++) {
    if (v.cueAt[k] || has(v, k, L.QUOTE | L.COMPLEMENTIZER)) break;
    if (has(v, k, L.COMMA) && has(v, k + 1, L.DATE | L.ADVERB) && has(v, k + 2, L.COMMA)) {
      [known, dayEnd] = [k - 1, k + 3];
      break;
    }
  }
  const speaker = [...groups.slice(0, -1), { first: last.first, last: known }];
  let start = dayEnd > 0 ? dayEnd : known + 1;
  while (start < to && has(v, start, L.COMMA | L.DATE)) start++;
  const end = contentEnd(v, start, to);
  if (end - start < 2) return null;
  return reported(v, {
    speakers: [slot(v, speaker)],
    cue,
    content: { first: start, end: untilNextCue(v, start, end) },
    attribution: { first: lo, end: start },
    rule: 'indirect.verb-initial',
    speakerRule: 'speaker.after-cue',
  });
}

export function verbInitialAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  if (!v.sl.data.grammar.verbInitial) return null;
  const m = v.cueAt[i];
  if (!m || m.end >= to || !opensClause(v, i, lo)) return null;
  const cue = cueOf(m);
  // "وأضاف أن …": the complementizer right after the verb, the speaker the previous one;
  // "وحذرت من أن …": or after the preposition the verb governs
  const comp = has(v, m.end, L.COMPLEMENTIZER)
    ? m.end
    : has(v, m.end, L.PREP | L.CONNECTOR) && m.end + 1 < to && has(v, m.end + 1, L.COMPLEMENTIZER)
      ? m.end + 1
      : -1;
  if (comp >= 0) {
    const start = comp + 1;
    return reported(v, {
      speakers: [{ groups: null, implied: i }],
      cue,
      content: { first: start, end: untilNextCue(v, start, contentEnd(v, start, to)) },
      attribution: { first: lo, end: start },
      rule: 'indirect.verb-initial-implied',
      speakerRule: 'speaker.clitic-previous',
    });
  }
  const groups = speakerAfterInitialCue(v, m.end, to);
  if (!groups) return null;
  const c = complementizerFrom(v, groups[groups.length - 1]!.last + 1, to, GAP);
  if (c < 0) return denialOfNoun(v, m, cue, groups, lo, to);
  extendOverConnector(v, groups, c);
  return reported(v, {
    speakers: [slot(v, groups)],
    cue,
    content: { first: c + 1, end: untilNextCue(v, c + 1, contentEnd(v, c + 1, to)) },
    attribution: { first: lo, end: c + 1 },
    rule: 'indirect.verb-initial',
    speakerRule: 'speaker.after-cue',
  });
}

export const verbInitial: Parser = {
  rule: 'indirect.verb-initial',
  scope: 'token',
  needs: ['cue'],
  parse: ({ v, i, lo, to }) => verbInitialAt(v, i, lo, to),
};
