/**
 * A speech act reported by its object, with no reported clause (reporting.acts): what the
 * speaker demanded, criticised, announced or spoke of is the content. The subject stands before
 * the verb, or after it when an adjunct opens a verb-second sentence; a two-word verb's particle
 * may close the clause apart from it.
 *   de  "Die Opposition forderte den Rücktritt des Ministers."
 *       "Seit Jahren fordert die Stadt die Rückgabe des Bildes."
 *       "Die Behörde gab am Montag die Schließung des Werks bekannt."
 *       "Die Armee sprach von einem gewöhnlichen Unfall."
 */
import { contentEnd } from '../content.js';
import type { CueInfo } from '../compile.js';
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { speakerAfter, subjectBefore } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import type { NP } from '../np.js';
import { reported, slot } from './clause.js';
import { openingAdjunct } from './split-cue.js';
import type { Parser } from './types.js';

/** How many tokens a split verb's object may span before its particle. */
const SPAN = 16;

/** The end of the clause the verb at `i` opens: its first comma, colon or closing punctuation. */
function clauseEnd(v: TokenView, i: number, to: number): number {
  let k = i + 1;
  while (k < to && !has(v, k, L.COMMA | L.COLON) && !(v.toks[k]!.kind === 'punct' && v.toks[k]!.text !== '-'))
    k++;
  return k;
}

/** The verb at `i`: its cue tokens and where its object lies, or null. */
function actAt(
  v: TokenView,
  i: number,
  to: number,
): { cueEnd: number; info: CueInfo; objFirst: number; objEnd: number; split: boolean } | null {
  const ce = clauseEnd(v, i, to);
  // "geht davon aus, dass …", "wies darauf hin: …": the clause after is the content, not this;
  // "forderte die Regierung auf, …": a verb that may report a clause reports the one after,
  // unless a relative clause follows ("würdigte die Armee als Kind des Krieges, das …")
  if (
    has(v, ce, L.COLON) ||
    has(v, ce + 1, L.COMPLEMENTIZER) ||
    (has(v, ce, L.COMMA) && v.cueAt[i] && !v.sl.relativizers.has(v.toks[ce + 1]?.norm ?? ''))
  )
    return null;
  // "gab … bekannt": the particle closes the clause
  const particle = v.toks[ce - 1]!.norm;
  const split = v.sl.actSplits.get(v.toks[i]!.norm)?.find((o) => o.particle === particle);
  if (split && ce - 1 > i + 1 && ce - 1 - i <= SPAN)
    return { cueEnd: i + 1, info: split.info, objFirst: i + 1, objEnd: ce - 1, split: true };
  const m = v.sl.acts.matchAt(v.toks, i);
  if (!m || m.end >= to) return null;
  // "…, sprach von einem Unfall" read up to the sentence's end, where relative clauses belong
  return { cueEnd: m.end, info: m.value, objFirst: m.end, objEnd: contentEnd(v, m.end, to), split: false };
}

/**
 * Whether a noun phrase can make a speech act: a person, a body, a role, a pronoun, a country;
 * "Die Naturkatastrophe forderte 92 Menschenleben" has no speaker.
 */
const speaks = (v: TokenView, g: NP, bits = SPEAKER): boolean => {
  for (let k = g.first; k <= g.last; k++) if (has(v, k, bits)) return true;
  return false;
};
const NAMED = L.PERSON | L.ORG | L.COUNTRY | L.ROLE | L.UNNAMED | L.BODY | L.PRONOUN | L.GOVERNMENT;
// German writes every noun capitalised: a capitalised noun may be a speaker the lexicon lacks
const SPEAKER = NAMED | L.CAP;

/**
 * "Die Entwicklung im Iran verglich Merkel mit …": the object first, a named source right after
 * the verb. The phrase before the verb names no source, the one after it does.
 */
function objectFirst(v: TokenView, speakers: NP[][], objFirst: number, objEnd: number): boolean {
  if (speakers.some((gs) => gs.some((g) => speaks(v, g, NAMED)))) return false;
  const after = speakerAfter(v, objFirst, objEnd);
  return !!after && after[0]!.first === objFirst && after.some((g) => speaks(v, g, NAMED & ~L.PRONOUN));
}

/**
 * The act itself is what is reported: the statement's span is the whole clause, its subject and
 * verb with the object ("Die Opposition forderte den Rücktritt"), the content the object alone.
 */
function wholeClause(v: TokenView, d: Draft | null, lo: number, last: number): Draft | null {
  return d && { ...d, span: { start: v.toks[lo]!.start, end: Math.max(d.span.end, v.toks[last]!.end) } };
}

export function speechActAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const act = i === lo ? null : actAt(v, i, to);
  if (!act) return null;
  // the particle closing a split verb ("bekannt") ends the clause
  const last = act.split ? act.objEnd : act.objEnd - 1;
  return wholeClause(v, readAct(v, i, lo, act), lo, last);
}

function readAct(
  v: TokenView,
  i: number,
  lo: number,
  act: NonNullable<ReturnType<typeof actAt>>,
): Draft | null {
  // "besuchte das Gebiet und sagte Hilfe zu": a second predicate, its subject not right before;
  // "bestätigte dies nicht": an object pointing back is no act of its own
  if (has(v, i - 1, L.CONJ) || has(v, act.objFirst, L.DEMONSTRATIVE)) return null;
  // a complementizer or a cue in the object: a reported clause, read by the other parsers
  for (let k = act.objFirst; k < act.objEnd; k++) if (has(v, k, L.COMPLEMENTIZER) || v.cueAt[k]) return null;
  const cue = { first: i, end: act.cueEnd, info: act.info };
  // "Das Angebot lehnte er ab": a pronoun right after the verb is its subject, the object first
  const subj = has(v, act.objFirst, L.PRONOUN) ? null : subjectBefore(v, i, lo);
  const fronted = !!subj && objectFirst(v, subj.speakers, act.objFirst, act.objEnd);
  if (subj && !fronted && subj.speakers.every((gs) => gs.some((g) => speaks(v, g))))
    return reported(v, {
      speakers: subj.speakers.map((g) => slot(v, g)),
      cue,
      negated: subj.negated,
      content: { first: act.objFirst, end: act.objEnd },
      attribution: { first: lo, end: act.objFirst },
      rule: 'reported.speech-act',
      speakerRule: 'speaker.before-cue',
    });
  // "Seit Jahren fordert die Stadt die Rückgabe": an adjunct first, the subject after the verb
  if (!v.sl.data.grammar.verbSecond || !(fronted || openingAdjunct(v, lo, i))) return null;
  const groups = speakerAfter(v, act.objFirst, act.objEnd);
  if (!groups?.some((g) => speaks(v, g))) return null;
  const first = groups[groups.length - 1]!.last + 1;
  // "gab in Berlin bekannt": a place or a date alone is no object
  if (first >= act.objEnd || (has(v, first, L.PREP | L.DATE) && act.objEnd - first <= 3)) return null;
  return reported(v, {
    speakers: [slot(v, groups)],
    cue,
    content: { first, end: act.objEnd },
    attribution: { first: lo, end: first },
    rule: 'reported.speech-act-inverted',
    speakerRule: 'speaker.after-cue',
  });
}

export const speechAct: Parser = {
  rule: 'reported.speech-act',
  scope: 'token',
  parse: ({ v, i, lo, to }) => (v.sl.acts.size ? speechActAt(v, i, lo, to) : null),
};
