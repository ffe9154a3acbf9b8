/**
 * The noun phrase that opens a sentence as its subject, whatever it names: a person, a body, an
 * organisation, a group of unnamed people or a pronoun. Read for constructions whose speaker is
 * the subject of a clause that is no attribution itself:
 *   en  "Ghana's central bank raised its rate on Monday, saying …" -> "Ghana's central bank"
 *   id  "Ratusan nelayan menggelar unjuk rasa, seraya mengatakan …" -> "Ratusan nelayan"
 */
import { L } from './labels.js';
import { npRight, type NP } from './np.js';
import { has, type TokenView } from './view.js';

const SPEAKER_LIKE = L.PERSON | L.ORG | L.BODY | L.GOVERNMENT | L.ROLE | L.UNNAMED | L.PRONOUN;
// how many connectives, adverbs and dates may stand before the subject: "Separately, on Monday, …"
const LEAD = 6;

const plainWord = (v: TokenView, i: number): boolean => {
  const t = v.toks[i]!;
  return t.kind === 'word' && !t.upper && v.flags[i] === 0;
};

/** The subject opening the sentence [from, to), or null when it opens with no speaker-like phrase. */
export function openingSubject(v: TokenView, from: number, to: number): NP | null {
  let i = from;
  const stop = Math.min(to, from + LEAD);
  while (i < stop && v.flags[i]! & (L.CONNECTIVE | L.COMMA | L.ADVERB | L.DATE) && !(v.flags[i]! & L.PERSON))
    i++;
  if (i >= to || has(v, i, L.QUOTE | L.PREP | L.OPEN_PAREN)) return null;
  const read = npRight(v, i, Math.min(to, i + 16));
  if (!read) return null;
  // "The central bank raised …": the plain lower-case word after the phrase is its verb
  let last = read.first;
  while (last < read.last && !plainWord(v, last + 1)) last++;
  if (!plainWord(v, last + 1) && !has(v, last + 1, L.ADVERB)) return null;
  for (let k = read.first; k <= last; k++) if (has(v, k, SPEAKER_LIKE)) return { first: read.first, last };
  return null;
}
