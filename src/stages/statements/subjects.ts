import type { Speaker } from '../../domain/statement.js';
import { L } from './labels.js';
import { npRight } from './np.js';
import { makeSpeaker } from './speaker.js';
import { has, type TokenView } from './view.js';

/** Who opens a sentence: a named person, or a pronoun standing for one ("Ia", "She"). */
export type Subject =
  | { sent: number; at: number; speaker: Speaker; pronoun: null; fronted?: boolean }
  | { sent: number; at: number; speaker: null; pronoun: number; fronted?: undefined };

/** Lexicon words are never names, even when the entity stage took them for one ("Dinas"). */
const LEXICAL = L.ROLE | L.BODY | L.UNNAMED | L.GOVERNMENT | L.TITLE | L.FUNCTION | L.MOD;

/**
 * The person in subject position of sentence `s`: the noun phrase that opens it once
 * connectives, adverbs and dates are stepped over ("Sementara itu, Kepala Dinas Budi Santoso
 * meninjau …", "Rakhmat berharap …", "Ia juga …"). A sentence that opens with a quotation mark,
 * a preposition or a common noun ("Jumlah stasiun KRL …") has no person subject.
 */
export function sentenceSubject(v: TokenView, s: number): Subject | null {
  const end = v.sentStart[s + 1]!;
  return subjectFrom(v, s, v.sentStart[s]!, end) ?? afterFrontedPhrase(v, s, end);
}

/** How many tokens a phrase fronted before the subject may run ("Terkait kebutuhan likuiditas …,"). */
const FRONTED = 12;

/**
 * "Terkait kekecewaan itu, Imam Besar Nasaruddin Umar memaklumi …", "In a video posted on Monday,
 * Senator Ruiz accused …": a phrase fronted before a comma, then the subject. A fronted phrase that
 * attributes itself ("Menurut Romanus, …", "According to X, …") names no subject of its own: what
 * follows is the source's speech.
 */
function afterFrontedPhrase(v: TokenView, s: number, end: number): Subject | null {
  const first = v.sentStart[s]!;
  if (has(v, first, L.QUOTE | L.PERSON | L.PRONOUN)) return null;
  const stop = Math.min(end, first + FRONTED);
  for (let i = first; i < stop; i++) {
    if (v.cueAt[i] || v.sl.according.matchAt(v.toks, i) || has(v, i, L.QUOTE | L.PERSON)) return null;
    if (!has(v, i, L.COMMA)) continue;
    const x = i > first ? subjectFrom(v, s, i + 1, end) : null;
    return x?.speaker ? { ...x, fronted: true } : null;
  }
  return null;
}

function subjectFrom(v: TokenView, s: number, from: number, end: number): Subject | null {
  let i = from;
  const stop = Math.min(end, i + 6);
  while (i < stop && v.flags[i]! & (L.CONNECTIVE | L.COMMA | L.ADVERB | L.DATE) && !(v.flags[i]! & L.PERSON))
    i++;
  if (i >= end || has(v, i, L.QUOTE)) return null;
  const at = v.toks[i]!.start;
  if (has(v, i, L.PRONOUN)) return { sent: s, at, speaker: null, pronoun: i };
  let read = npRight(v, i, Math.min(end, i + 16));
  if (!read) return null;
  // "Another analyst, Kofi Nyarko of Sankofa Economics, was more sceptical": the name in
  // apposition to a role opening the sentence is its subject
  if (
    !has(v, read.last, L.PERSON) &&
    has(v, read.last + 1, L.COMMA) &&
    has(v, read.last + 2, L.PERSON | L.CAP)
  )
    read = npRight(v, read.last + 2, Math.min(end, read.last + 18)) ?? read;
  // "Majelis hakim memvonis Muzni": a plain lower-case word is the verb, the subject ends before it
  let last = read.first;
  while (last < read.last && !plainWord(v, last + 1)) last++;
  const np = { first: read.first, last };
  let person = false;
  for (let k = np.first; k <= np.last && !person; k++) person = has(v, k, L.PERSON);
  if (!person) {
    const named = appositionName(v, read, end);
    return named ? subjectOf(v, s, at, named) : null;
  }
  return subjectOf(v, s, at, np);
}

/**
 * "La sindaca di Figline, Elena Conti, ha criticato …", "El alcalde de Benalmar, Francisco Gil,
 * celebró …": a role opens the sentence and the person's name follows it between commas.
 */
function appositionName(
  v: TokenView,
  role: { first: number; last: number },
  end: number,
): { first: number; last: number } | null {
  // "La sindaca di Figline e Incisa Valdarno, …": the place may run on past the phrase read
  let last = role.last;
  while (last + 1 < Math.min(end, role.last + 8) && has(v, last + 1, L.CAP | L.CONNECTOR | L.CONJ | L.PLACE))
    last++;
  if (!has(v, last + 1, L.COMMA)) return null;
  let titled = false;
  for (let k = role.first; k <= role.last && !titled; k++) titled = has(v, k, L.ROLE);
  if (!titled) return null;
  const name = npRight(v, last + 2, Math.min(end, last + 8));
  if (!name || !has(v, name.last + 1, L.COMMA)) return null;
  for (let k = name.first; k <= name.last; k++) if (!has(v, k, L.PERSON)) return null;
  return name;
}

function subjectOf(v: TokenView, s: number, at: number, np: { first: number; last: number }): Subject | null {
  const sp = makeSpeaker(v, [np], 'speaker.sentence-subject');
  if (sp.kind !== 'person' || sp.entityId === null || !sp.span) return null;
  // the name itself must not be a lexicon word, and it ends its phrase: in "Kepala Subdirektorat
  // Industri Kayu" a word taken for a name with more title after it is no one
  let nameEnd = -1;
  for (let k = np.first; k <= np.last; k++) {
    if (v.entity[k]?.id !== sp.entityId) continue;
    if (v.flags[k]! & LEXICAL) return null;
    nameEnd = k;
  }
  if (nameEnd < np.last && has(v, np.last, L.CAP)) return null;
  return { sent: s, at, speaker: sp, pronoun: null };
}

function plainWord(v: TokenView, i: number): boolean {
  const t = v.toks[i]!;
  return t.kind === 'word' && !t.upper && v.flags[i] === 0;
}
