/**
 * A relay that names its outlet, then the outlet's source after a preposition, then the source's
 * speech as a noun, then the content: the statement is the source's, cited through the outlet,
 * and the outlet's own (it reported the words), as nested reporting gives one per source.
 * Only for a language whose reporting lexicon names the preposition and the speech nouns.
 *   ar  "ونقلت وكالة رويترز عن مسؤول في كوغات قوله إن القافلة …" (Reuters quoted an official)
 *       "ونقلت وكالة الأنباء الوطنية عن شهود عيان قولهم إن الانفجار …"
 */
import { contentEnd } from '../content.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';
import { reported, SAY, slot } from './clause.js';
import type { Parser } from './types.js';
import { opensClause, untilNextCue } from './verb-initial.js';

/** How far after the cue the speech noun may stand: outlet and source with their descriptions. */
const REACH = 24;

export function relaySourceAt(v: TokenView, i: number, lo: number, to: number): Draft[] | null {
  const { relayFrom, relayedSpeech } = v.sl;
  const m = v.cueAt[i];
  if (!relayedSpeech.size || !m || !opensClause(v, i, lo)) return null;
  let from = -1;
  let speech = -1;
  for (let k = m.end; k < Math.min(to, m.end + REACH); k++) {
    if (has(v, k, L.COMPLEMENTIZER | L.QUOTE | L.COLON | L.COMMA) || (k > m.end && v.cueAt[k])) return null;
    const w = v.toks[k]!.norm;
    if (from < 0 && relayFrom.has(w)) from = k;
    else if (from >= 0 && relayedSpeech.has(w)) {
      speech = k;
      break;
    }
  }
  // an outlet before the preposition, a source between it and the speech noun
  if (from <= m.end || speech <= from + 1) return null;
  const start = has(v, speech + 1, L.COMPLEMENTIZER) ? speech + 2 : -1;
  if (start < 0 || start >= to) return null;
  const d = reported(v, {
    speakers: [slot(v, [{ first: from + 1, last: speech - 1 }])],
    cue: { first: speech, end: speech + 1, info: SAY },
    content: { first: start, end: untilNextCue(v, start, contentEnd(v, start, to)) },
    attribution: { first: lo, end: start },
    rule: 'indirect.relay-source',
    speakerRule: 'speaker.after-cue',
  });
  if (!d) return null;
  // the outlet reported the words too: a second statement, as nested reporting has one per source
  const outlet = { first: m.end, last: from - 1 };
  return [
    { ...d, citedBy: outlet },
    {
      ...d,
      speakers: [slot(v, [outlet])],
      cue: cueOf(m),
      rule: 'indirect.relay-source-outer',
      speakerRule: 'speaker.outer-source',
    },
  ];
}

export const relaySource: Parser = {
  rule: 'indirect.relay-source',
  scope: 'token',
  needs: ['cue'],
  parse: ({ v, i, lo, to }) => relaySourceAt(v, i, lo, to),
};
