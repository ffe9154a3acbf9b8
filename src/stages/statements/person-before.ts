/**
 * The antecedent of a personal pronoun when no speaker and no sentence subject before fits: the
 * one person the entity stage found in the few sentences before, as named there; none when
 * two people are named there.
 *   de  "Der Landwirt Jan Ott war auf dem Feld. Eine Kugel traf ihn. Er sagte aus: „…“" -> Jan Ott
 *   en  "Officers found Tom Reed at home. He said: “…”" -> Tom Reed
 * Only a pronoun that asks for one person (not "they", not "it") reads so.
 */
import type { Discourse, Mention } from './discourse.js';
import type { SpeakerSlot } from './draft.js';
import { type Want } from './gender.js';
import { L } from './labels.js';
import { makeSpeaker } from './speaker.js';
import { lowerBound, type TokenView } from './view.js';

/** How many sentences back the person may be named. */
const REACH = 3;

export function personBefore(
  v: TokenView,
  state: Discourse,
  slot: SpeakerSlot,
  want: Want,
  at: number,
  sent: number,
  rule: string,
): Mention | null {
  const k = slot.implied ?? -1;
  if (k < 0 || !(v.flags[k]! & L.PRONOUN) || want.plural || want.body) return null;
  const pronounAt = v.toks[k]!.start;
  const from = v.toks[v.sentStart[Math.max(0, sent - REACH)]!]?.start ?? 0;
  let best: { start: number; end: number } | null = null;
  let people = 0;
  for (const e of v.doc.entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions)
      if (m.start >= from && m.end <= pronounAt && (!best || m.start > best.start)) best = m;
    if (e.mentions.some((m) => m.start >= from && m.end <= pronounAt)) people++;
  }
  // two people named there: the pronoun may stand for either, so for neither
  if (!best || people !== 1) return null;
  const first = lowerBound(v.starts, best.start);
  const last = lowerBound(v.starts, best.end) - 1;
  if (last < first) return null;
  return state.mention(at, sent, makeSpeaker(v, [{ first, last }], rule), []);
}
