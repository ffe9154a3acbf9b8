/**
 * The source that opens a clause as its subject: a name, a body, a role or a pronoun at the
 * clause's start (after a connective or adverb), followed by its verb (a lower-case word) or
 * standing alone before `end`. Read where no cue says who speaks: before a colon that introduces
 * a quotation, or in the sentence before reported speech.
 *   de  "Der Hauptgeschäftsführer des Verbands wies den Vorwurf zurück." -> "Der Hauptgeschäftsführer des Verbands"
 */
import { ENTITY, L } from '../labels.js';
import type { NP } from '../np.js';
import { speakerAfter } from '../speaker.js';
import { has, type TokenView } from '../view.js';

const SOURCE = ENTITY | L.ROLE | L.BODY | L.UNNAMED | L.GOVERNMENT | L.PRONOUN;

/**
 * The subject of the clause [lo, end), when it holds a word of `source` (any source by default);
 * `alone` lets it end at `end`.
 */
export function clauseSubject(
  v: TokenView,
  lo: number,
  end: number,
  alone: boolean,
  source = SOURCE,
): NP[] | null {
  let s = lo;
  // "Auch Stoiber …", "Dabei griff sie …": a connective or adverb first
  while (s < end && has(v, s, L.CONNECTIVE | L.ADVERB) && !has(v, s, SOURCE)) s++;
  if (s >= end) return null;
  const read = speakerAfter(v, s, end);
  if (!read || read[0]!.first !== s) return null;
  // "Die Polizei reagierte gelassen": a plain lower-case word is the verb, the subject ends before it
  const tail = read[read.length - 1]!;
  let last = tail.first;
  while (last < tail.last && !plainWord(v, last + 1)) last++;
  const groups = [...read.slice(0, -1), { ...tail, last }];
  let named = false;
  for (const g of groups) for (let k = g.first; k <= g.last && !named; k++) named = has(v, k, source);
  if (!named) return null;
  const after = groups[groups.length - 1]!.last + 1;
  if (alone && (after === end || (has(v, after, L.COMMA) && after + 1 === end))) return groups;
  const next = v.toks[after];
  if (!next || next.kind !== 'word' || next.upper || has(v, after, L.PREP)) return null;
  return groups;
}

function plainWord(v: TokenView, i: number): boolean {
  const t = v.toks[i]!;
  return t.kind === 'word' && !t.upper && v.flags[i] === 0;
}
