/**
 * A subordinate clause of reporting, opened by a word such as "wie" / "as" and closed by its
 * cue, before or after the reported main clause.
 *   de  "Wie die Polizei am Montag mitteilte, wurde niemand verletzt."
 *       "Niemand wurde verletzt, wie die Polizei mitteilte."
 *   en  "As the ministry said, the border stays closed."
 */
import { contentEnd } from '../content.js';
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { speakerAfter } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { onlyAdjunctsTo } from './adjuncts.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';

/** The clause's end (a comma or the sentence's end) and the cue that closes it. */
function closingCue(v: TokenView, i: number, to: number) {
  let c = i + 1;
  while (c < Math.min(to, i + 15) && !has(v, c, L.COMMA | L.QUOTE | L.COLON)) c++;
  const end = has(v, c, L.COMMA) ? c : contentEnd(v, i, to);
  if (end !== c && end !== to && contentEnd(v, i, to) !== end) return null;
  for (let k = end - 1; k > i + 1; k--) {
    const m = v.cueAt[k];
    if (m && m.end === end && m.value.full) return { end, cue: m, at: k };
  }
  return null;
}

export function asClauseAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  if (!v.sl.asClauses.has(v.toks[i]!.norm) || !(i === lo || has(v, i - 1, L.COMMA))) return null;
  const found = closingCue(v, i, to);
  if (!found) return null;
  // "wie schon die WHO sagte": adverbs before the speaker
  let j = i + 1;
  while (j < found.at && has(v, j, L.ADVERB | L.DATE)) j++;
  const groups = speakerAfter(v, j, found.at);
  if (!groups || !onlyAdjunctsTo(v, groups[groups.length - 1]!.last + 1, found.at)) return null;
  const base = {
    speakers: [slot(v, groups)],
    cue: { first: found.cue.start, end: found.cue.end, info: found.cue.value },
    speakerRule: 'speaker.after-cue',
  };
  // "Wie die Polizei mitteilte, wurde …": the content follows the clause
  if (i === lo && has(v, found.end, L.COMMA) && found.end + 1 < to)
    return reported(v, {
      ...base,
      content: { first: found.end + 1, end: contentEnd(v, found.end + 1, to) },
      attribution: { first: i, end: found.end + 1 },
      rule: 'indirect.as-clause',
    });
  // "…, wie die Polizei mitteilte.": the content comes before it
  if (i > lo + 1 && found.end >= contentEnd(v, i, to))
    return reported(v, {
      ...base,
      content: { first: lo, end: i - 1 },
      attribution: { first: i, end: to },
      rule: 'indirect.as-clause-end',
    });
  return null;
}

export const asClause: Parser = {
  rule: 'indirect.as-clause',
  scope: 'token',
  needs: ['asClauses'],
  parse: ({ v, i, lo, to }) => (v.sl.asClauses.size ? asClauseAt(v, i, lo, to) : null),
};
