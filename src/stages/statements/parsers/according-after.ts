/**
 * "according to X" written as a postposition: the source first, the marker after it, then the
 * clause (the languages that put their verbs last put this marker after its noun too).
 *   ko  "국방부에 따르면, 북한은 …" / "합참에 의하면 …"
 *   ja  "防衛省によると、ミサイルは…" / "関係者によれば…"
 *   tr  "Bakanlığa göre, bölgede …" / "Vali Yılmaz'a göre …"
 */
import { contentEnd } from '../content.js';
import type { Draft, SpeakerSlot } from '../draft.js';
import { speakerAfter } from '../speaker.js';
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
  if (last < first || last - first >= MAX_SOURCE) return inlineRecord(v, i, m.end, lo, to);
  // a record noun may be a cue of its own ("Angaben", "Bericht"): before the marker it is the source
  for (let k = first; k <= last; k++)
    if (has(v, k, L.QUOTE | L.COMMA) || (v.cueAt[k] && !isRecord(v, k))) return null;
  // a name these scripts do not capitalise: the whole short phrase, when a head closes it
  const np = npLeft(v, last, first);
  const source = np && np.first === first ? np : has(v, last, HEAD | L.TITLE) ? { first, last } : null;
  // "Den Angaben zufolge": a common noun gives no source; a name, a role, a body or an unnamed
  // source does ("Dem Wetterdienst zufolge", "국방부에 따르면", "関係者によれば")
  // "Hak-İş'in açıklamasına göre": a suffix split off at an apostrophe follows a name only
  const named = has(v, source?.last ?? -1, L.CAP) && isSuffix(v, (source?.last ?? -2) + 1);
  // "Polizeiangaben zufolge", "Angaben des Instituts zufolge", "Ersten Angaben zufolge": a record
  // speaks for its owner; a record with none goes on for the source before
  // a record's owner first ("Angaben der Feuerwehr"); then a source of the phrase's own; then a
  // record alone, for the source before
  const rec = v.sl.data.grammar.recordCompounds ? recordSource(v, first, last) : null;
  const own = !(rec && !rec.implied) && source && (anySource(v, source.first, source.last) || named);
  const record = own ? null : rec;
  if (!own && !record) return inlineRecord(v, i, m.end, lo, to);
  const start = has(v, m.end, L.COMMA) ? m.end + 1 : m.end;
  return reported(v, {
    speakers: [record ? record.speaker : slot(v, [source!])],
    cue: { first: m.start, end: m.end, info: SAY },
    content: { first: start, end: contentEnd(v, start, to) },
    attribution: { first: lo, end: start },
    rule: 'indirect.according-after',
    speakerRule: record?.implied ? 'speaker.clitic-previous' : 'speaker.before-marker',
  });
}

const isArticle = (v: TokenView, k: number): boolean =>
  v.sl.data.grammar.articles.includes(v.toks[k]!.text.toLowerCase());

/** "neuesten", "dem": an article or an inflected adjective, in lower case, before a record noun. */
export const adjective = (v: TokenView, k: number): boolean =>
  v.toks[k]!.kind === 'word' &&
  (!has(v, k, L.CAP) || k === v.sentStart[v.sent[k]!]) &&
  (isArticle(v, k) || v.sl.adjectiveEndings.some((e) => v.toks[k]!.norm.endsWith(e)));

/**
 * The marker inside its clause, a record just before it: the whole sentence is what the record
 * says. "Die Impfung senkt neuesten Studien zufolge das Risiko", "… starben Behördenangaben
 * zufolge drei Menschen". Only a record (and its article and adjectives) reads so: a name there
 * may be the clause's subject.
 */
function inlineRecord(v: TokenView, i: number, end: number, lo: number, to: number): Draft | null {
  if (!v.sl.data.grammar.recordCompounds) return null;
  if (i - 1 <= lo || !isRecord(v, i - 1)) return null;
  let first = i - 1;
  while (first - 1 > lo && i - first < 4 && adjective(v, first - 1)) first--;
  const record = recordSource(v, first, i - 1, true);
  if (!record) return null;
  return reported(v, {
    speakers: [record.speaker],
    cue: { first: i, end, info: SAY },
    content: { first: lo, end: contentEnd(v, lo, to) },
    attribution: { first, end },
    rule: 'indirect.according-after',
    speakerRule: record.implied ? 'speaker.clitic-previous' : 'speaker.before-marker',
  });
}

/** Whether token `k` is a record noun, or (where the grammar says so) a compound that ends in one. */
export function isRecord(v: TokenView, k: number): boolean {
  const norm = v.toks[k]!.norm;
  if (v.sl.recordNouns.has(norm)) return true;
  if (!v.sl.data.grammar.recordCompounds || v.toks[k]!.kind !== 'word') return false;
  // "polizeiangaben" = "polizei" + "angaben": a stem of three letters or more before the noun
  for (const r of v.sl.recordNouns) if (norm.length >= r.length + 3 && norm.endsWith(r)) return true;
  return false;
}

/**
 * The source a record phrase [first, last] stands for: the owner named after the record noun
 * ("Angaben des seismologischen Instituts"), the compound word itself ("Polizeiangaben",
 * "Medienberichten"), or, for a record alone ("Ersten Angaben", "Dem Bericht"), the previous
 * source, resolved like a clitic.
 */
export function recordSource(
  v: TokenView,
  first: number,
  last: number,
  inClause = false,
): { speaker: SpeakerSlot; implied: boolean } | null {
  for (let k = first; k <= last; k++) {
    // only articles and adjectives before the record: "Ersten Angaben", not "Die Impfung senkt Studien"
    if (!isRecord(v, k)) {
      // heading a clause, the phrase opens the sentence or with an article: "starben" is no adjective
      const opens = inClause || k > first || k === v.sentStart[v.sent[k]!] || isArticle(v, k);
      if (!adjective(v, k) || !opens) return null;
      continue;
    }
    if (k < last) {
      const groups = speakerAfter(v, k + 1, last + 1);
      return groups ? { speaker: slot(v, groups), implied: false } : null;
    }
    if (!v.sl.recordNouns.has(v.toks[k]!.norm))
      return { speaker: slot(v, [{ first: k, last: k }]), implied: false };
    // "Nach einer norwegischen Studie …": a record new to the text is its own source
    if (v.sl.data.grammar.indefiniteArticles.includes(v.toks[first]!.norm))
      return { speaker: slot(v, [{ first, last }]), implied: false };
    return { speaker: { groups: null, implied: first }, implied: true };
  }
  return null;
}

export const accordingAfterParser: Parser = {
  rule: 'indirect.according-after',
  scope: 'token',
  needs: ['accordingAfter'],
  parse: ({ v, i, lo, to }) => accordingAfter(v, i, lo, to),
};
