/**
 * A subject, then its reporting verb, then the reported clause; or the clause first and the
 * subject with its verb after the last comma.
 *   id  "Kirby mengatakan (bahwa) pasukan itu sudah tiba." / "…, Kusnawan menambahkan."
 *       "Keduanya juga mengatakan …" (the speakers of the statement before)
 *   en  "Kirby said (that) the troops had arrived." / "…, the official said."
 *       "Both also said …"
 */
import { contentEnd, contentStartAfter, pastChannel } from '../content.js';
import { cueOf, type Draft, type TokRange } from '../draft.js';
import { L } from '../labels.js';
import { subjectBefore } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { onlyAdjunctsTo } from './adjuncts.js';
import { chargeStart } from './charge.js';
import { reported, slot, takesBare } from './clause.js';
import type { Parser } from './types.js';

/**
 * "menyebut kawasan itu sebagai ”kampung tenggelam”": a name given, not a statement made. A
 * denying cue that names ("dismissed the reports as "speculation"", "rejected the accusation as
 * "reckless"") still denies them.
 */
function naming(v: TokenView, start: number, to: number, denies: boolean): boolean {
  if (denies) return false;
  for (let k = start; k < Math.min(to - 1, start + 6); k++)
    if (v.sl.naming.has(v.toks[k]!.norm) && has(v, k + 1, L.QUOTE)) return true;
  return false;
}

/**
 * Whether tokens [lo, comma) before a speaker set off by commas read as reported words: at least
 * three words, no cue, not opened by a preposition, date or connective ("On Monday, the minister
 * said, …" is not one).
 */
function clauseBefore(v: TokenView, lo: number, comma: number): boolean {
  if (comma <= lo || !has(v, comma, L.COMMA) || has(v, lo, L.PREP | L.DATE | L.CONNECTIVE | L.QUOTE))
    return false;
  let words = 0;
  for (let k = lo; k < comma; k++) {
    if (v.cueAt[k] || has(v, k, L.QUOTE)) return false;
    if (v.toks[k]!.kind === 'word') words++;
  }
  return words >= 3;
}

/** "Keduanya juga mengatakan", "Both also said": a collective word alone as the subject. */
function collectiveSubject(v: TokenView, cue: number, lo: number): number {
  let k = cue - 1;
  while (k >= lo && has(v, k, L.ADVERB) && !has(v, k, L.COLLECTIVE)) k--;
  if (k < lo || !has(v, k, L.COLLECTIVE)) return -1;
  return k === lo || has(v, k - 1, L.COMMA | L.CONNECTIVE) ? k : -1;
}

/** The subject-cue construction at token `i`, the sentence read from `lo` to `to`. */
export function subjectCueAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const m = v.cueAt[i];
  if (!m || m.end > to || !m.value.full) return null;
  // "issued a warning that …": after an article the cue's word is a noun, not a verb
  if (i > lo && v.sl.data.grammar.articles.includes(v.toks[i - 1]!.norm)) return null;
  const info = m.value;
  const both = collectiveSubject(v, i, lo);
  if (both >= 0) {
    const start = contentStartAfter(v, m.end, to, takesBare(info));
    if (start !== null && start < to && !has(v, start, L.QUOTE))
      return reported(v, {
        speakers: [{ groups: null, implied: both, collective: true }],
        cue: cueOf(m),
        content: { first: start, end: contentEnd(v, start, to) },
        attribution: { first: lo, end: start },
        rule: 'indirect.subject-cue',
        speakerRule: 'speaker.collective-previous',
      });
  }
  const subj = subjectBefore(v, i, lo);
  if (!subj) return null;
  const speakers = subj.speakers.map((g) => slot(v, g));
  const cue = cueOf(m, subj.negation);
  // a literal per call, not a spread of a shared object: spreading costs more than the parse
  const at = (content: TokRange, attribution: TokRange, rule: string): Draft | null =>
    reported(v, {
      speakers,
      cue,
      negated: subj.negated,
      content,
      attribution,
      rule,
      speakerRule: 'speaker.before-cue',
    });
  // "acusó al sindicato de «romper la negociación»": the charge, quoted or not, is the content
  const charge = chargeStart(v, info, m.end, to);
  const start = charge ?? contentStartAfter(v, m.end, to, takesBare(info), info.class === 'ask');
  // "The strike was illegal, the company argued, and would cost millions": the clause before the
  // speaker, cut by the attribution, is what was said
  // ", the city said in a press release, but …": a channel may stand between the cue and the comma
  const midCue =
    start !== null &&
    has(v, start - 1, L.COMMA) &&
    (start === m.end + 1 || onlyAdjunctsTo(v, m.end, start - 1) || pastChannel(v, m.end, to) === start);
  if (midCue && clauseBefore(v, lo, subj.first - 1))
    return at(
      { first: lo, end: subj.first - 1 },
      { first: subj.first, end: start },
      'indirect.mid-subject-cue',
    );
  if (
    start !== null &&
    start < to &&
    (charge !== null || !has(v, start, L.QUOTE)) &&
    !naming(v, start, to, info.stance === 'deny')
  ) {
    const end = contentEnd(v, start, to);
    const d =
      at({ first: start, end }, { first: lo, end: start }, 'indirect.subject-cue') ??
      // "rejected that claim": "that" was a demonstrative, not a complementizer
      (has(v, start - 1, L.COMPLEMENTIZER)
        ? at({ first: start - 1, end }, { first: lo, end: start - 1 }, 'indirect.subject-cue')
        : null);
    if (d) return d;
  }
  // "…, the official said." / "…, Kusnawan menambahkan."
  if (has(v, subj.first - 1, L.COMMA) && subj.first - 1 > lo && onlyAdjunctsTo(v, m.end, to))
    return at(
      { first: lo, end: subj.first - 1 },
      { first: subj.first, end: to },
      'indirect.post-subject-cue',
    );
  return null;
}

export const subjectCue: Parser = {
  rule: 'indirect.subject-cue',
  scope: 'token',
  needs: ['cue'],
  parse: ({ v, i, lo, to }) => subjectCueAt(v, i, lo, to),
};
