import { L } from './labels.js';
import { has, type TokenView } from './view.js';

// labels a hearer or a channel phrase may hold: "to reporters", "kepada wartawan di Jakarta"
const PLAIN = L.INDEF | L.MOD | L.ADVERB | L.DATE | L.ROLE | L.UNNAMED | L.BODY | L.ORG | L.CAP | L.PERSON;

/**
 * Whether the comma segment [from, end) is an adjunct of the cue, not part of what was said:
 * a hearer ("kepada wartawan", "to reporters") or a channel ("in a statement", "dalam
 * keterangan tertulis", "in an email on Thursday").
 */
export function isCueAdjunct(v: TokenView, from: number, end: number): boolean {
  if (from >= end || end - from > 8) return false;
  for (let k = from; k < end; k++) if (v.cueAt[k] || has(v, k, L.QUOTE | L.COMPLEMENTIZER)) return false;
  const t = v.toks[from]!;
  if (v.sl.hearerPreps.has(t.norm)) {
    // "kepada wartawan", never "ke Jakarta" or "pada Senin"
    const next = from + 1;
    return next < end && !has(v, next, L.PLACE | L.COUNTRY | L.DATE) && v.toks[next]!.kind === 'word';
  }
  if (!has(v, from, L.PREP)) return false;
  for (let k = from + 1; k < Math.min(end, from + 4); k++) {
    if (v.sl.channels.matchAt(v.toks, k)) return true;
    if (!has(v, k, PLAIN | L.PREP) && v.toks[k]!.kind === 'word') return false;
  }
  return false;
}

/** Whether [from, end) holds only dates: ", Kamis", ", on Thursday". */
function onlyDates(v: TokenView, from: number, end: number): boolean {
  for (let k = from; k < end; k++)
    if (!has(v, k, L.DATE | L.PREP) && v.toks[k]!.kind === 'word') return false;
  return from < end;
}

/**
 * The end of a reported clause without the cue's adjuncts at its end: "kasus baru terus
 * bertambah, kepada wartawan di Jakarta" ends at "bertambah"; "the dam is safe, in a statement"
 * at "safe"; "…, dalam keterangan tertulis, Kamis" drops the day with the channel.
 */
export function withoutCueAdjunct(v: TokenView, first: number, end: number): number {
  let stop = end;
  while (stop > first && v.toks[stop - 1]!.kind === 'punct' && !has(v, stop - 1, L.QUOTE)) stop--;
  const segments: number[] = [];
  for (let c = stop - 1; c > first + 2 && segments.length < 2; c--) if (has(v, c, L.COMMA)) segments.push(c);
  const [last, before] = segments;
  if (last === undefined) return end;
  if (isCueAdjunct(v, last + 1, stop)) return last;
  if (before !== undefined && onlyDates(v, last + 1, stop) && isCueAdjunct(v, before + 1, last))
    return before;
  return end;
}

/** After a comma that follows a cue: the start past a cue adjunct closed by a comma (", in a statement,"). */
export function pastCueAdjunct(v: TokenView, comma: number, to: number): number {
  let c = comma + 1;
  while (c < to && c <= comma + 9 && !has(v, c, L.COMMA)) c++;
  return c < to && has(v, c, L.COMMA) && isCueAdjunct(v, comma + 1, c) ? c : comma;
}
