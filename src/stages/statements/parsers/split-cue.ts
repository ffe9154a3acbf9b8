/**
 * A two-word cue whose verb and separable particle stand apart, as a verb-second language puts
 * them (grammar.verbSecond): the speaker before the verb, or after it when an adjunct opens the
 * sentence, or the whole attribution after the reported clause.
 *   de  "Das Landratsamt teilte am Abend mit, ein Damm werde verstärkt."
 *       "Dazu teilte die Polizei mit: „Die Ursache wird ermittelt.“"
 *       "Bis zu 60 Liter seien möglich, teilte der DWD mit."
 */
import { contentEnd, contentStartAfter } from '../content.js';
import type { CueInfo } from '../compile.js';
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { speakerAfter, subjectBefore } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { onlyAdjunctsTo } from './adjuncts.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';

/** The particle of a split cue at `i`: the first listed particle before the clause's end. */
function particleOf(v: TokenView, i: number, to: number): { at: number; info: CueInfo } | null {
  const options = v.sl.splitCues.get(v.toks[i]!.norm);
  if (!options) return null;
  for (let k = i + 2; k < Math.min(to, i + 12); k++) {
    if (has(v, k, L.COMMA | L.COLON | L.QUOTE) || v.toks[k]!.kind === 'punct') {
      const at = k - 1;
      const o = options.find((x) => x.particle === v.toks[at]!.norm);
      return o ? { at, info: o.info } : null;
    }
  }
  return null;
}

/** Whether [lo, i) is only an adjunct opening the sentence: "Am Dienstag", "Dazu", "Zudem". */
export function openingAdjunct(v: TokenView, lo: number, i: number): boolean {
  if (i === lo) return false;
  // "In einem Interview mit der New York Times erklärte …", "Über Steve Fossett sagte …": a
  // prepositional phrase in first place holds names of its own, none of them the speaker
  const prepositional = has(v, lo, L.PREP) && !has(v, lo, ENTITY_OR_HEAD);
  if (i - lo > (prepositional ? 12 : 5)) return false;
  for (let k = lo; k < i; k++) {
    if (v.cueAt[k] || has(v, k, L.COMMA | L.QUOTE)) return false;
    // "Stoiber hatte … betont": outside a prepositional phrase a capitalised word may be the
    // subject itself (a name the entity stage did not know), unless it is a date
    if (!prepositional && has(v, k, ENTITY_OR_HEAD | L.CAP) && !has(v, k, L.DATE)) return false;
  }
  return true;
}
const ENTITY_OR_HEAD = L.PERSON | L.ORG | L.ROLE | L.UNNAMED | L.BODY | L.PRONOUN;

export function splitCueAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const p = particleOf(v, i, to);
  if (!p) return null;
  const cue = { first: i, end: i + 1, info: p.info };
  // "…, teilte der DWD mit.": the attribution closes the sentence
  if (has(v, i - 1, L.COMMA) && i - 1 > lo && contentEnd(v, p.at, to) === p.at + 1) {
    const groups = speakerAfter(v, i + 1, p.at);
    if (groups && onlyAdjunctsTo(v, groups[groups.length - 1]!.last + 1, p.at))
      return reported(v, {
        speakers: [slot(v, groups)],
        cue,
        content: { first: lo, end: i - 1 },
        attribution: { first: i, end: to },
        rule: 'indirect.split-cue-tail',
        speakerRule: 'speaker.after-cue',
      });
    return null;
  }
  const start = contentStartAfter(v, p.at + 1, to, true);
  if (start === null || start >= to) return null;
  const content = { first: start, end: contentEnd(v, start, to) };
  // "Am Dienstag teilte die Polizei mit, …": an adjunct first, the speaker after the verb
  const inverted = inverse(v, i, lo, p.at);
  if (inverted)
    return reported(v, {
      speakers: [slot(v, inverted)],
      cue,
      content,
      attribution: { first: lo, end: start },
      rule: 'indirect.split-cue-inverted',
      speakerRule: 'speaker.after-cue',
    });
  const subj = subjectBefore(v, i, lo);
  if (!subj || !onlyAdjunctsTo(v, i + 1, p.at)) return null;
  return reported(v, {
    speakers: subj.speakers.map((g) => slot(v, g)),
    cue,
    content,
    attribution: { first: lo, end: start },
    rule: 'indirect.split-cue',
    speakerRule: 'speaker.before-cue',
  });
}

/** The speaker right after a verb in second place, up to `end` (a particle or the comma). */
export function inverse(v: TokenView, i: number, lo: number, end: number) {
  if (!openingAdjunct(v, lo, i)) return null;
  const groups = speakerAfter(v, i + 1, end);
  return groups && onlyAdjunctsTo(v, groups[groups.length - 1]!.last + 1, end) ? groups : null;
}

/** "Am Dienstag erklärte der Landrat zudem, …": a one-word cue in second place, its speaker after. */
export function verbSecondAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const m = v.cueAt[i];
  if (!m || !m.value.full || m.end > to) return null;
  let c = m.end;
  while (c < Math.min(to, m.end + 10) && !has(v, c, L.COMMA | L.COLON)) c++;
  if (c >= to || !has(v, c, L.COMMA | L.COLON)) return null;
  // "erklärte der Direktor der IAEO, Mohammed el-Baradei, …": a name in apposition
  const name = c + 1;
  if (has(v, c, L.COMMA) && has(v, name, L.PERSON) && has(v, v.mentionLast[name]! + 1, L.COMMA))
    c = v.mentionLast[name]! + 1;
  const groups = inverse(v, i, lo, c);
  if (!groups) return null;
  const start = contentStartAfter(v, c + 1, to, true);
  if (start === null || start >= to) return null;
  return reported(v, {
    speakers: [slot(v, groups)],
    cue: { first: m.start, end: m.end, info: m.value },
    content: { first: start, end: contentEnd(v, start, to) },
    attribution: { first: lo, end: start },
    rule: 'indirect.verb-second',
    speakerRule: 'speaker.after-cue',
  });
}

export const splitCue: Parser = {
  rule: 'indirect.split-cue',
  scope: 'token',
  needs: ['splitCues', 'cue'],
  parse: ({ v, i, lo, to }) =>
    v.sl.splitCues.size ? (splitCueAt(v, i, lo, to) ?? verbSecondAt(v, i, lo, to)) : null,
};
