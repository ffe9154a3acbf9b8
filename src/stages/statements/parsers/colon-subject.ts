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
import { isPronoun, speakerAfter } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { slot } from './clause.js';

interface ColonAttribution {
  speakers: SpeakerSlot[];
  cue: Draft['cue'];
  negated: boolean;
  range: TokRange;
  rule: string;
  speakerRule: string;
}

const SOURCE = ENTITY | L.ROLE | L.BODY | L.UNNAMED | L.GOVERNMENT | L.PRONOUN;
/** How many words may stand between the subject and the colon. */
const CLAUSE = 16;

/** The speaker of a quotation at `qFirst` introduced by a colon, read from its clause's subject. */
export function colonSubject(v: TokenView, qFirst: number): ColonAttribution | null {
  if (!v.sl.data.grammar.colonQuotesSubject || !has(v, qFirst - 1, L.COLON)) return null;
  const lo = sentenceStart(v, qFirst);
  const colon = qFirst - 1;
  let s = lo;
  // "Auch Stoiber …", "Dabei griff sie …" opens with a connective or adverb
  while (s < colon && has(v, s, L.CONNECTIVE | L.ADVERB) && !has(v, s, SOURCE)) s++;
  if (s >= colon || colon - s > CLAUSE) return null;
  for (let k = s; k < colon; k++) if (has(v, k, L.QUOTE)) return null;
  const groups = speakerAfter(v, s, colon);
  if (!groups || groups[0]!.first !== s) return null;
  let source = false;
  for (const g of groups) for (let k = g.first; k <= g.last && !source; k++) source = has(v, k, SOURCE);
  if (!source) return null;
  // the subject is followed by its verb (a lower-case word) or stands alone before the colon
  const after = groups[groups.length - 1]!.last + 1;
  const next = v.toks[after];
  if (after !== colon && !(has(v, after, L.COMMA) && after + 1 === colon)) {
    if (!next || next.kind !== 'word' || next.upper || has(v, after, L.PREP)) return null;
  }
  return {
    speakers: [slot(v, groups)],
    cue: null,
    negated: false,
    range: { first: lo, end: qFirst },
    rule: 'quote.before.colon-subject',
    speakerRule: isPronoun(v, groups) ? 'speaker.pronoun-previous' : 'speaker.before-cue',
  };
}
