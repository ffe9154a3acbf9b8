/**
 * "according to X": the source named by a preposition, before, inside or after the clause.
 *   id  "Menurut Kirby, pasukan itu sudah tiba." / "…, menurut Kirby." / "Menurutnya, …"
 *   en  "According to Kirby, the troops have arrived." / "…, according to Kirby."
 */
import { contentEnd } from '../content.js';
import type { Draft, SpeakerSlot } from '../draft.js';
import { L } from '../labels.js';
import { speakerAfter } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { appositionToEnd, onlyAdjunctsTo } from './adjuncts.js';
import { reported, SAY, slot } from './clause.js';
import type { Parser } from './types.js';

/** "Menurut X, …" / "…, menurut X." / "…, menurut X, …" / "according to X, …" at token `i`. */
export function according(v: TokenView, i: number, lo: number, to: number): Draft | null {
  // "Menurutnya, …": the speaker is the clitic, resolved to the previous one
  const clitic = v.sl.accordingClitic.matchAt(v.toks, i);
  const m = clitic ?? v.sl.according.matchAt(v.toks, i);
  if (!m || m.end >= to || v.sl.citing.matchAt(v.toks, i)) return null;
  // "kata" is also a short cue: only "kata X, …" at a sentence start reads as "according to"
  if (v.cueAt[i] && i !== lo) return null;
  const groups = clitic ? null : speakerAfter(v, m.end, to);
  if (!clitic && !groups) return null;
  const npEnd = groups ? groups[groups.length - 1]!.last + 1 : m.end;
  const speakers: SpeakerSlot[] = groups ? [slot(v, groups)] : [{ groups: null, implied: i }];
  const speakerRule = groups ? 'speaker.after-cue' : 'speaker.clitic-previous';
  const base = { speakers, cue: { first: m.start, end: m.end, info: SAY }, speakerRule };
  const end = contentEnd(v, lo, to);
  if (i === lo || (i === lo + 1 && has(v, lo, L.CONNECTIVE)) || has(v, i - 1, L.CONNECTIVE)) {
    if (!has(v, npEnd, L.COMMA) && npEnd < to && !has(v, npEnd, L.COMPLEMENTIZER)) {
      // "Menurut X konflik …" without a comma still reads as front attribution
      if (!has(v, npEnd - 1, L.CAP | L.ORG | L.PERSON | L.COUNTRY | L.ROLE | L.UNNAMED | L.BODY)) return null;
    }
    const start = has(v, npEnd, L.COMMA | L.COMPLEMENTIZER) ? npEnd + 1 : npEnd;
    return reported(v, {
      ...base,
      content: { first: start, end },
      attribution: { first: i, end: npEnd },
      rule: 'indirect.according-front',
    });
  }
  if (has(v, i - 1, L.COMMA) && (onlyAdjunctsTo(v, npEnd, to) || appositionToEnd(v, npEnd, to)))
    return reported(v, {
      ...base,
      content: { first: lo, end: i - 1 },
      attribution: { first: i, end: to },
      rule: 'indirect.according-end',
    });
  if (has(v, i - 1, L.COMMA) && has(v, npEnd, L.COMMA))
    return reported(v, {
      ...base,
      content: { first: npEnd + 1, end },
      attribution: { first: lo, end: npEnd },
      rule: 'indirect.according-mid',
    });
  if (!has(v, i - 1, L.COMMA) && i > lo && npEnd < to)
    return reported(v, {
      ...base,
      content: { first: lo, end },
      attribution: { first: i, end: npEnd },
      rule: 'indirect.according-inline',
    });
  return null;
}

export const accordingTo: Parser = {
  rule: 'indirect.according',
  scope: 'token',
  parse: ({ v, i, lo, to }) => according(v, i, lo, to),
};
