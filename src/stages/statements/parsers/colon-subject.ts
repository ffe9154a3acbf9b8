/**
 * A quotation a colon introduces, with no cue the other readings know before it: the subject
 * opening the clause is its speaker, whatever the clause does (grammar.colonQuotesSubject).
 *   de  "Stoiber hatte besonders die Rolle der Parteichefs betont: „…“"
 *       "Der Leiter der Studie, Paulo Pinheiro, sieht die Verantwortung beim Staat: „…“"
 *       "Erkki Tuomioja, Präsident des Rats: „…“"
 */
import { sentenceStart } from '../content.js';
import type { Draft, SpeakerSlot, TokRange } from '../draft.js';
import { ENTITY, L } from '../labels.js';
import type { NP } from '../np.js';
import { isPronoun, speakerAfter } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { slot } from './clause.js';
import { clauseSubject } from './clause-subject.js';

interface ColonAttribution {
  speakers: SpeakerSlot[];
  cue: Draft['cue'];
  negated: boolean;
  range: TokRange;
  rule: string;
  speakerRule: string;
}

/** How many words may stand between the subject and the colon. */
const CLAUSE = 16;

/** The speaker of a quotation at `qFirst` introduced by a colon, read from its clause's subject. */
export function colonSubject(v: TokenView, qFirst: number): ColonAttribution | null {
  if (!v.sl.data.grammar.colonQuotesSubject || !has(v, qFirst - 1, L.COLON)) return null;
  const lo = sentenceStart(v, qFirst);
  const colon = qFirst - 1;
  if (colon - lo > CLAUSE + 2) return null;
  for (let k = lo; k < colon; k++) if (has(v, k, L.QUOTE)) return null;
  // "Rogo a Montichiari, il sindaco: «…»": a headline's topic before a comma, the subject after it
  // "Hier sparte der Bundespräsident nicht mit Kritik: „…“": where the finite verb comes
  // second (grammar.verbSecond), the subject may follow it after an adjunct
  const groups =
    clauseSubject(v, lo, colon, true) ??
    clauseSubject(v, afterLastComma(v, lo, colon), colon, true) ??
    (v.sl.data.grammar.verbSecond ? invertedSubject(v, lo, colon) : null);
  if (!groups || colon - groups[0]!.first > CLAUSE) return null;
  return {
    speakers: [slot(v, groups)],
    cue: null,
    negated: false,
    range: { first: lo, end: qFirst },
    rule: 'quote.before.colon-subject',
    speakerRule: isPronoun(v, groups) ? 'speaker.pronoun-previous' : 'speaker.before-cue',
  };
}

/**
 * "Hier sparte der Bundespräsident nicht mit Kritik: „…“": an adjunct first, then the finite
 * verb (the first plain lower-case word), then the subject.
 */
function invertedSubject(v: TokenView, lo: number, colon: number): NP[] | null {
  let k = lo;
  while (k < colon && !(v.toks[k]!.kind === 'word' && !v.toks[k]!.upper && v.flags[k] === 0)) k++;
  if (k === lo || k + 1 >= colon || k - lo > ADJUNCT) return null;
  // the adjunct names no source of its own ("Im Interview mit Merkel sagte er: …" is another's)
  for (let i = lo; i < k; i++) if (has(v, i, SOURCE)) return null;
  const groups = speakerAfter(v, k + 1, colon);
  if (!groups || groups[0]!.first !== k + 1) return null;
  for (const g of groups) for (let i = g.first; i <= g.last; i++) if (has(v, i, SOURCE)) return groups;
  return null;
}
/** How many tokens the adjunct before the verb may span: "Am Ende des langen Tages". */
const ADJUNCT = 6;
const SOURCE = ENTITY | L.ROLE | L.BODY | L.UNNAMED | L.GOVERNMENT | L.PRONOUN;

/** The token after the last comma in [lo, end), or `end` when there is none. */
function afterLastComma(v: TokenView, lo: number, end: number): number {
  for (let k = end - 1; k >= lo; k--) if (has(v, k, L.COMMA)) return k + 1;
  return end;
}
