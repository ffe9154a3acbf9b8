/**
 * A denial whose verb and separable particle frame the thing denied, as a verb-second language
 * puts them (grammar.verbSecond): the subject before the verb, the object between, the particle
 * closing the sentence. The object is what the speaker denied, so it is the content.
 *   de  "Das Ministerium wies die Vorwürfe am Montag entschieden zurück."
 *       "Die Regierung wies den Bericht als falsch zurück."
 * A cue that reports a clause ("teilte … mit, …") is split-cue's; this reads only a denial.
 */
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { subjectBefore } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';

/** How many tokens the denied object may span: "die Vorwürfe der Opposition am Montag entschieden". */
const SPAN = 12;

export function splitObjectAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const options = v.sl.splitCues.get(v.toks[i]!.norm);
  if (!options) return null;
  let end = to;
  while (end > i && v.toks[end - 1]!.kind === 'punct') end--;
  const at = end - 1;
  if (at < i + 2 || at - i > SPAN) return null;
  const o = options.find((x) => x.particle === v.toks[at]!.norm && x.info.stance === 'deny');
  if (!o) return null;
  // "wies die Vorwürfe zurück, die …" or a quotation inside: not a plain object
  for (let k = i + 1; k < at; k++)
    if (has(v, k, L.COMMA | L.COLON | L.QUOTE | L.COMPLEMENTIZER) || v.cueAt[k]) return null;
  const subj = subjectBefore(v, i, lo);
  if (!subj) return null;
  return reported(v, {
    speakers: subj.speakers.map((g) => slot(v, g)),
    cue: { first: i, end: i + 1, info: o.info },
    content: { first: i + 1, end: at },
    attribution: { first: lo, end: i + 1 },
    rule: 'indirect.split-object',
    speakerRule: 'speaker.before-cue',
  });
}

export const splitObject: Parser = {
  rule: 'indirect.split-object',
  scope: 'token',
  needs: ['splitCues'],
  parse: ({ v, i, lo, to }) => (v.sl.splitCues.size ? splitObjectAt(v, i, lo, to) : null),
};
