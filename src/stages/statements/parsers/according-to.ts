/**
 * "according to X": the source named by a preposition, before, inside or after the clause.
 *   id  "Menurut Kirby, pasukan itu sudah tiba." / "…, menurut Kirby." / "Menurutnya, …"
 *   en  "According to Kirby, the troops have arrived." / "…, according to Kirby."
 *   ru  "Как сообщили в МЧС, пожар потушен." (the source in a locative phrase)
 */
import { contentEnd } from '../content.js';
import type { Draft, SpeakerSlot, TokRange } from '../draft.js';
import { L } from '../labels.js';
import type { NP } from '../np.js';
import { speakerAfter } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { appositionToEnd, onlyAdjunctsTo } from './adjuncts.js';
import { isRecord } from './according-after.js';
import { reported, SAY, slot } from './clause.js';
import type { Parser } from './types.js';

/**
 * "according to IMF figures", "according to the ministry's daily bulletin": the owner of a record
 * named just before the record's noun is the source; returns it and the token after the noun.
 */
function recordOwner(v: TokenView, from: number, to: number): { groups: NP[]; end: number } | null {
  // "menurut buletin mingguan dinas kesehatan", "according to data from the ministry": the
  // record first, its owner a few words after
  // "según el último balance del Servicio …", "stando ai dati del Centro …": an article and a
  // modifier may come before the record noun
  let r = from;
  while (r < Math.min(to, from + 3) && !v.sl.recordNouns.has(v.toks[r]!.norm) && has(v, r, L.INDEF | L.MOD))
    r++;
  if (
    r < from + 3 &&
    !v.sl.recordNouns.has(v.toks[r]!.norm) &&
    v.toks[r]!.kind === 'word' &&
    !has(v, r, L.CAP)
  )
    if (v.sl.recordNouns.has(v.toks[r + 1]?.norm ?? '')) r++;
  if (v.sl.recordNouns.has(v.toks[r]!.norm))
    for (let j = r + 1; j < Math.min(to, r + 8); j++) {
      if (has(v, j, L.COMMA) || v.toks[j]!.kind === 'punct') return null;
      const groups = speakerAfter(v, j, to);
      if (groups) return { groups, end: groups[groups.length - 1]!.last + 1 };
    }
  for (let k = from + 1; k < Math.min(to, from + 8); k++) {
    if (has(v, k, L.COMMA) || v.toks[k]!.kind === 'punct') return null;
    if (!v.sl.recordNouns.has(v.toks[k]!.norm)) continue;
    const groups = speakerAfter(v, from, k);
    return groups ? { groups, end: k + 1 } : null;
  }
  return null;
}

/**
 * "Как сообщили в МЧС, …", "Як повідомили в ДСНС, …": an impersonal "as they said" whose source
 * is a body in a locative phrase (the grammar's `locativeSources`).
 */
function bodyAfterLocative(v: TokenView, k: number, to: number): NP[] | null {
  if (!v.sl.data.grammar.locativeSources.includes(v.toks[k]?.norm ?? '')) return null;
  return speakerAfter(v, k + 1, to);
}

/** The most words of a source's name in quotation marks: "Laut „Die Welt“ …". */
const QUOTED_NAME = 3;

/** Where a quoted name starts after a media noun and at most one word before it, or -1. */
function mediaBefore(v: TokenView, k: number, to: number): number {
  for (let j = k; j < Math.min(to - 1, k + 2); j++) {
    if (v.toks[j]!.kind !== 'word') return -1;
    if (v.sl.mediaWords.has(v.toks[j]!.norm) && has(v, j + 1, L.QUOTE)) return j + 1;
  }
  return -1;
}

/** "Laut „Welt“ soll …": a short name in quotation marks right after the marker is the source. */
function quotedSource(v: TokenView, k: number, to: number): { groups: NP[]; end: number } | null {
  // "Как пишет газета «Коммерсант»", "Як пише місцеве видання «…»": a media noun before the name
  const media = mediaBefore(v, k, to);
  if (media > k) return quotedSource(v, media, to);
  if (k >= to || !has(v, k, L.QUOTE)) return null;
  for (let c = k + 2; c < Math.min(to, k + 2 + QUOTED_NAME); c++) {
    if (!has(v, c, L.QUOTE)) continue;
    for (let j = k + 1; j < c; j++) if (v.toks[j]!.kind === 'punct') return null;
    return { groups: [{ first: k + 1, last: c - 1 }], end: c + 1 };
  }
  return null;
}

/** How many unlabelled words may run on after a source's name before its comma. */
const RUN_ON = 3;

/** The comma after a few unlabelled words of a script without capitals (Arabic), or -1. */
function plainRunToComma(v: TokenView, k: number, to: number): number {
  for (let j = k; j < Math.min(to, k + RUN_ON + 1); j++) {
    if (has(v, j, L.COMMA)) return j > k ? j : -1;
    const t = v.toks[j]!;
    // a caseless word: a script with capitals marks a name's words itself
    if (t.kind !== 'word' || v.flags[j] || v.cueAt[j] || t.text.toLowerCase() !== t.text.toUpperCase())
      return -1;
  }
  return -1;
}

/**
 * "Menurut X, …" / "…, menurut X." / "…, menurut X, …" / "according to X, …" at token `i`. A
 * marker that also cites a relay ("як повідомляє", "как сообщает") is read only when `citing`
 * says so (see citing-front.ts).
 */
export function according(v: TokenView, i: number, lo: number, to: number, citing = false): Draft | null {
  // "Menurutnya, …": the speaker is the clitic, resolved to the previous one
  const clitic = v.sl.accordingClitic.matchAt(v.toks, i);
  const m = clitic ?? v.sl.according.matchAt(v.toks, i);
  if (!m || m.end >= to || (!citing && v.sl.citing.matchAt(v.toks, i))) return null;
  // "laut Polizeibericht …": a record right after a record preposition is read as a record
  if (m.end === i + 1 && v.sl.recordPrepositions.has(v.toks[i]!.norm) && isRecord(v, m.end)) return null;
  // "kata" is also a short cue: only "kata X, …" at a sentence start reads as "according to"
  if (v.cueAt[i] && i !== lo) return null;
  const record = clitic ? null : (recordOwner(v, m.end, to) ?? quotedSource(v, m.end, to));
  const groups = clitic
    ? null
    : (record?.groups ?? speakerAfter(v, m.end, to) ?? bodyAfterLocative(v, m.end, to));
  if (!clitic && !groups) return null;
  // "Según el hospital, los pacientes en espera eran 64": an apposition of the source is closed
  // by a comma; a noun phrase running on into the clause is the clause's subject
  while (groups && groups.length > 1 && !record && !has(v, groups[groups.length - 1]!.last + 1, L.COMMA))
    groups.pop();
  let named = record ? record.end : groups ? groups[groups.length - 1]!.last + 1 : m.end;
  // "وبحسب ديوان الموانئ التجارية، …": in a script without capitals the name's plain words run
  // on to the comma that closes the source
  const tail = groups && !record ? plainRunToComma(v, named, to) : -1;
  if (tail > named) {
    const g = groups!.length - 1;
    groups![g] = { ...groups![g]!, last: tail - 1 };
    named = tail;
  }
  // "据台湾防务部门称，…": a reporting verb may close the source as a record noun does
  const closing = !clitic && v.cueAt[named];
  const npEnd = closing && has(v, closing.end, L.COMMA) ? closing.end : named;
  const speakers: SpeakerSlot[] = groups ? [slot(v, groups)] : [{ groups: null, implied: i }];
  const speakerRule = groups ? 'speaker.after-cue' : 'speaker.clitic-previous';
  const cue = { first: m.start, end: m.end, info: SAY };
  const at = (content: TokRange, attribution: TokRange, rule: string): Draft | null =>
    reported(v, { speakers, cue, content, attribution, rule, speakerRule });
  const end = contentEnd(v, lo, to);
  if (i === lo || (i === lo + 1 && has(v, lo, L.CONNECTIVE)) || has(v, i - 1, L.CONNECTIVE)) {
    // "Demnach ist …": a pronoun phrase needs no comma either
    if (!clitic && !has(v, npEnd, L.COMMA) && npEnd < to && !has(v, npEnd, L.COMPLEMENTIZER)) {
      // "Menurut X konflik …" without a comma still reads as front attribution
      if (!has(v, npEnd - 1, L.CAP | L.ORG | L.PERSON | L.COUNTRY | L.ROLE | L.UNNAMED | L.BODY | L.QUOTE))
        return null;
    }
    const start = has(v, npEnd, L.COMMA | L.COMPLEMENTIZER) ? npEnd + 1 : npEnd;
    return at({ first: start, end }, { first: i, end: npEnd }, 'indirect.according-front');
  }
  if (has(v, i - 1, L.COMMA) && (onlyAdjunctsTo(v, npEnd, to) || appositionToEnd(v, npEnd, to)))
    return at({ first: lo, end: i - 1 }, { first: i, end: to }, 'indirect.according-end');
  if (has(v, i - 1, L.COMMA) && has(v, npEnd, L.COMMA))
    return at({ first: npEnd + 1, end }, { first: lo, end: npEnd }, 'indirect.according-mid');
  // "…tendas de hidratação para pacientes com …": a marker that is also a plain preposition
  // ("para", "per", "pour") reads as "according to" only when commas set it off
  if (!has(v, i - 1, L.COMMA) && i > lo && npEnd < to && !(m.end === i + 1 && has(v, i, L.PREP)))
    return at({ first: lo, end }, { first: i, end: npEnd }, 'indirect.according-inline');
  return null;
}

export const accordingTo: Parser = {
  rule: 'indirect.according',
  scope: 'token',
  needs: ['according', 'accordingClitic'],
  parse: ({ v, i, lo, to }) => according(v, i, lo, to),
};
