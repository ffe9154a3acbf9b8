/**
 * A passive cue closing the sentence, its source named in the channel that opens it: the
 * owner of the statement or release ("X's statement", "the statement made by X"), then the
 * channel word, then what was said, then the passive ("it was noted"). The owner is the speaker.
 *   tr  "TİSK'in açıklamasında, artışın maliyet baskısı oluşturacağı kaydedildi."
 *       "Merkez Bankası'ndan yapılan açıklamada ise etkinin izleneceği ifade edildi."
 * The channel words are data (`grammar.channels`), the passives `reporting.passives`.
 */
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';
import { reported, SAY, slot } from './clause.js';
import type { Parser } from './types.js';

/** Labels a word of the owner's phrase carries: names, roles, bodies, capitals. */
const PART = L.PERSON | L.ORG | L.ROLE | L.TITLE | L.BODY | L.GOVERNMENT | L.CAP;
/** Labels the owner's phrase may end on (or a capital that is no place): a place issues nothing. */
const HEAD = L.PERSON | L.ORG | L.ROLE | L.BODY | L.GOVERNMENT;
/** How many tokens the owner may span, and how many may link it to the channel ("'ndan yapılan"). */
const MAX_OWNER = 7;
const MAX_LINK = 2;
/** How far into the sentence the channel may sit: "İşveren kesimini temsil eden TİSK'in açıklamasında". */
const MAX_OPENING = 14;

/** "Tarım ve Orman": a conjunction between two capitalised words joins one name. */
const joins = (v: TokenView, k: number) => has(v, k, L.CONJ) && has(v, k - 1, L.CAP) && has(v, k + 1, L.CAP);

/** Whether token k may end the owner: a name, role or body, or a capital that is no place. */
const owns = (v: TokenView, k: number) =>
  !v.cueAt[k] && (has(v, k, HEAD) || (has(v, k, L.CAP) && !has(v, k, L.PLACE | L.COUNTRY)));

export function channelPassiveAt(v: TokenView, lo: number, to: number): Draft | null {
  let end = to;
  while (end > lo && v.toks[end - 1]!.kind === 'punct') end--;
  const p = end > lo ? v.sl.passives.matchEndingAt(v.toks, end - 1) : null;
  if (!p) return null;
  // the channel opens the sentence, after the owner and whatever modifies it ("temsil eden TİSK'in")
  let channel = null;
  for (let c = lo + 1; c < Math.min(p.start, lo + MAX_OPENING); c++) {
    if (has(v, c, L.QUOTE | L.COLON) || v.cueAt[c]) return null;
    channel = v.sl.channels.matchAt(v.toks, c);
    if (channel) break;
  }
  if (!channel) return null;
  // "'in açıklamasında", "'ndan yapılan açıklamada": a case suffix and a participle link the owner
  let last = channel.start - 1;
  while (last > lo && channel.start - 1 - last < MAX_LINK && !owns(v, last)) last--;
  if (!owns(v, last)) return null;
  let s = last;
  while (s > lo && s > last - MAX_OWNER && (has(v, s - 1, PART) || joins(v, s - 1))) s--;
  let first = channel.end;
  // "açıklamada ise, …": a topic particle and the comma after the channel
  while (first < p.start && has(v, first, L.ADVERB | L.CONNECTIVE | L.COMMA)) first++;
  if (p.start - first < 2) return null;
  for (let k = first; k < p.start; k++) if (v.cueAt[k] || has(v, k, L.COLON)) return null;
  return reported(v, {
    speakers: [slot(v, [{ first: s, last }])],
    cue: { first: p.start, end: p.end, info: SAY },
    content: { first, end: p.start },
    attribution: { first: lo, end: first },
    rule: 'indirect.channel-passive',
    speakerRule: 'speaker.before-cue',
  });
}

export const channelPassive: Parser = {
  rule: 'indirect.channel-passive',
  scope: 'sentence',
  parse: (v, lo, to) => {
    const draft = channelPassiveAt(v, lo, to);
    return draft ? { draft, stop: to } : null;
  },
};
