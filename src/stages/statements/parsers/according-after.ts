/**
 * "according to X" written as a postposition: the source first, the marker after it, then the
 * clause (the languages that put their verbs last put this marker after its noun too).
 *   ko  "국방부에 따르면, 북한은 …" / "합참에 의하면 …"
 *   ja  "防衛省によると、ミサイルは…" / "関係者によれば…"
 *   tr  "Bakanlığa göre, bölgede …" / "Vali Yılmaz'a göre …"
 */
import { contentEnd } from '../content.js';
import type { Draft } from '../draft.js';
import { ENTITY, HEAD, L } from '../labels.js';
import { npLeft } from '../np.js';
import { has, type TokenView } from '../view.js';
import { reported, SAY, slot } from './clause.js';
import type { Parser } from './types.js';

/** The longest source phrase read before its marker. */
const MAX_SOURCE = 6;

/** "X'e göre": a suffix token split off at the apostrophe belongs to the source, not its name. */
const isSuffix = (v: TokenView, k: number): boolean => /^['’]/.test(v.toks[k]?.text ?? '');

const SOURCE = ENTITY | L.ROLE | L.BODY | L.UNNAMED | L.GOVERNMENT | L.TITLE;
function anySource(v: TokenView, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (has(v, k, SOURCE)) return true;
  return false;
}

/** The marker at token `i`, its source before it from `lo`, the clause after it. */
export function accordingAfter(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const m = v.sl.accordingAfter.matchAt(v.toks, i);
  if (!m || m.end >= to || i <= lo) return null;
  let last = i - 1;
  if (isSuffix(v, last)) last--;
  // "TÜRK-İŞ'in araştırmasına göre", "Valiliği'nden yapılan açıklamaya göre": a record's owner,
  // a participle between them at most, is the source
  if (last > lo && v.sl.recordNouns.has(v.toks[last]!.norm)) {
    let k = last - 1;
    if (!isSuffix(v, k) && isSuffix(v, k - 1) && !has(v, k, SOURCE)) k--;
    if (isSuffix(v, k)) last = k - 1;
  }
  let first = lo;
  while (first < last && has(v, first, L.CONNECTIVE | L.ADVERB | L.DATE | L.COMMA)) first++;
  if (last < first || last - first >= MAX_SOURCE) return null;
  for (let k = first; k <= last; k++) if (has(v, k, L.QUOTE | L.COMMA) || v.cueAt[k]) return null;
  // a name these scripts do not capitalise: the whole short phrase, when a head closes it
  const np = npLeft(v, last, first);
  const source = np && np.first === first ? np : has(v, last, HEAD | L.TITLE) ? { first, last } : null;
  // "Den Angaben zufolge": a common noun gives no source; a name, a role, a body or an unnamed
  // source does ("Dem Wetterdienst zufolge", "국방부에 따르면", "関係者によれば")
  // "Hak-İş'in açıklamasına göre": a suffix split off at an apostrophe follows a name only
  const named = has(v, source?.last ?? -1, L.CAP) && isSuffix(v, (source?.last ?? -2) + 1);
  if (!source || !(anySource(v, source.first, source.last) || named)) return null;
  const start = has(v, m.end, L.COMMA) ? m.end + 1 : m.end;
  return reported(v, {
    speakers: [slot(v, [source])],
    cue: { first: m.start, end: m.end, info: SAY },
    content: { first: start, end: contentEnd(v, start, to) },
    attribution: { first: lo, end: start },
    rule: 'indirect.according-after',
    speakerRule: 'speaker.before-marker',
  });
}

export const accordingAfterParser: Parser = {
  rule: 'indirect.according-after',
  scope: 'token',
  parse: ({ v, i, lo, to }) => accordingAfter(v, i, lo, to),
};
