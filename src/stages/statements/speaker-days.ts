/**
 * A day of the month written as digits and a day marker (`dates.unitMarkers.day`) right after a
 * speaker: "张晓刚25日在例行记者会上说", "郑永强24日晚在新闻发布会上通报". The dates stage
 * leaves "25日" alone (it is a count of days as often as a date), but between a speaker and the
 * adjunct before its cue it can only be the day the words were said: it is labelled a date, so
 * the speaker rules skip it as they skip "on Monday".
 */
import { ENTITY, L } from './labels.js';
import { has, type TokenView } from './view.js';

/** what the day must follow: a name, a role, a body */
const SPEAKER = ENTITY | L.CAP | L.ROLE | L.BODY | L.UNNAMED;
/** what must follow the day: an adjunct's preposition, a time of day, a cue */
const AFTER = L.PREP | L.ADVERB;

export function markSpeakerDays(v: TokenView, from: number, to: number): void {
  const days = v.sl.data.dates.unitMarkers.day;
  if (!days.length) return;
  for (let k = from + 1; k + 2 < to; k++) {
    const t = v.toks[k]!;
    if (t.kind !== 'number' || !/^\d{1,2}$/.test(t.text) || !has(v, k - 1, SPEAKER)) continue;
    const marker = v.toks[k + 1]!;
    if (!days.includes(marker.text) || marker.start !== t.end) continue;
    if (!has(v, k + 2, AFTER) && !v.cueAt[k + 2]) continue;
    v.flags[k]! |= L.DATE;
    v.flags[k + 1]! |= L.DATE;
    // "24日晚": a part of the day glued to it belongs to the date
    if (has(v, k + 2, L.ADVERB) && v.toks[k + 2]!.start === marker.end) v.flags[k + 2]! |= L.DATE;
  }
}
