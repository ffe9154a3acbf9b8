/**
 * The verb-final clause whose speaker no marker closes: the name, role or body opening the
 * clause, then a nominalised reported clause (its last word ends in one of the grammar's
 * `reportedClauseEndings`), then the reporting verb. Written without the comma that
 * `verb-final` reads as the speaker's marker, so the speaker ends where its noun phrase ends.
 *   tr  "Vali Ahmet Kaya depremde can kaybı olmadığını söyledi."
 *       "Sağlık Bakanlığı yeni vakaların azaldığını açıkladı."
 */
import { fold } from '../../../lexicon/fold.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';
import { finalCue } from './verb-final.js';

/** How many tokens the speaker's phrase may span: "Tarım ve Orman Bakanı İbrahim Yumaklı". */
const MAX_SPEAKER = 7;
/** Labels a word of the speaker's phrase carries: names, roles, titles, bodies, capitals. */
const PART = L.PERSON | L.ORG | L.ROLE | L.TITLE | L.BODY | L.GOVERNMENT | L.UNNAMED | L.CAP;
/** Labels the phrase may end on: a place or a bare title speaks for no one. */
const HEAD = L.PERSON | L.ORG | L.ROLE | L.BODY | L.GOVERNMENT | L.UNNAMED;

/** The last token of the speaker's phrase opening at `s`, or -1. */
function phraseEnd(v: TokenView, s: number, hi: number): number {
  let end = -1;
  for (let k = s; k < Math.min(hi, s + MAX_SPEAKER); k++) {
    // "Tarım ve Orman Bakanlığı": a conjunction between two capitalised words joins one name
    const joins = k > s && has(v, k, L.CONJ) && has(v, k - 1, L.CAP) && has(v, k + 1, L.CAP);
    if (!has(v, k, PART) && !joins) break;
    if (v.cueAt[k]) break;
    // "Ahmet Kaya İzmir'de …": a word with a case suffix split off is an adjunct, not the subject
    if (/^['’]/.test(v.toks[k + 1]?.text ?? '')) break;
    if (has(v, k, HEAD)) end = k;
  }
  return end;
}

export function verbFinalUnmarkedAt(v: TokenView, lo: number, to: number): Draft | null {
  if (!v.sl.verbFinal || v.sl.reportedClauseEndings.length === 0) return null;
  const cue = finalCue(v, lo, to);
  if (cue < 0) return null;
  let s = lo;
  // "Öte yandan", "Dün": connectives, adverbs and dates before the speaker
  while (s < cue && has(v, s, L.DATE | L.CONNECTIVE | L.ADVERB | L.COMMA)) s++;
  const last = phraseEnd(v, s, cue);
  // a clause of two words at least between the speaker and its verb, closed by a nominalised word
  if (last < 0 || cue - (last + 1) < 2) return null;
  const closing = fold(v.toks[cue - 1]!.text);
  if (!v.sl.reportedClauseEndings.some((e) => closing.endsWith(e) && closing !== e)) return null;
  for (let k = last + 1; k < cue; k++) if (has(v, k, L.QUOTE | L.COLON) || v.cueAt[k]) return null;
  return reported(v, {
    speakers: [slot(v, [{ first: s, last }])],
    cue: cueOf(v.cueAt[cue]!),
    content: { first: last + 1, end: cue },
    attribution: { first: lo, end: last + 1 },
    rule: 'indirect.verb-final-unmarked',
    speakerRule: 'speaker.verb-final-head',
  });
}

export const verbFinalUnmarked: Parser = {
  rule: 'indirect.verb-final-unmarked',
  scope: 'sentence',
  parse: (v, lo, to) => {
    const draft = verbFinalUnmarkedAt(v, lo, to);
    return draft ? { draft, stop: to } : null;
  },
};
