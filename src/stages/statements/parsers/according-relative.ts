/**
 * "according to whom" as a relative after a comma: the noun phrase before the comma is the
 * source, the clause after the marker its content.
 *   it  "Di diverso avviso Legambiente, secondo cui i lavori sono fermi da anni."
 *   es  "Lo rechaza la asociación vecinal, según la cual las obras llevan meses paradas."
 *   de  "Ein Bericht der Agentur, wonach der Minister zurücktritt, wurde dementiert."
 */
import { contentEnd } from '../content.js';
import type { Draft } from '../draft.js';
import { ENTITY, L } from '../labels.js';
import { npLeft } from '../np.js';
import { has, type TokenView } from '../view.js';
import { isRecord } from './according-after.js';
import { reported, SAY, slot } from './clause.js';
import type { Parser } from './types.js';

const SOURCE = ENTITY | L.ROLE | L.BODY | L.UNNAMED | L.GOVERNMENT | L.TITLE;

export function accordingRelative(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const m = v.sl.accordingRelatives.matchAt(v.toks, i);
  if (!m || m.end >= to || i - 2 < lo || !has(v, i - 1, L.COMMA)) return null;
  const np = npLeft(v, i - 2, lo);
  if (!np || np.last !== i - 2) return null;
  // a source, never a thing: "la legge, secondo cui …" names no speaker; a record speaks for
  // its owner ("ein Bericht der Agentur, wonach …", "Spekulationen, wonach …")
  let source = false;
  for (let k = np.first; k <= np.last; k++) if (has(v, k, SOURCE) || isRecord(v, k)) source = true;
  if (!source) return null;
  return reported(v, {
    speakers: [slot(v, [np])],
    cue: { first: m.start, end: m.end, info: SAY },
    content: { first: m.end, end: contentEnd(v, m.end, to) },
    attribution: { first: np.first, end: m.end },
    rule: 'indirect.according-relative',
    speakerRule: 'speaker.before-marker',
  });
}

export const accordingRelativeParser: Parser = {
  rule: 'indirect.according-relative',
  scope: 'token',
  needs: ['accordingRelatives'],
  parse: ({ v, i, lo, to }) => accordingRelative(v, i, lo, to),
};
