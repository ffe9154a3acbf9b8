/**
 * A body named in a locative phrase beside an impersonal plural reporting verb: the body is the
 * speaker. Driven by `grammar.locativeSources` (the prepositions) and `grammar.impersonalCues`
 * (the plural verb forms).
 *   ru  "В Кремле заявили, что …" / "…, — сообщили в Росавиации." / "У ДТЕК уточнили …"
 *   uk  "У Кремлі відмовилися коментувати публікацію." (a refusal: its content is the refusal)
 */
import { contentEnd, contentStartAfter } from '../content.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import type { NP } from '../np.js';
import { has, isEntity, type TokenView } from '../view.js';
import { reported, takesBare } from './clause.js';
import type { Parser } from './types.js';

const NAMING = L.CAP | L.ORG | L.BODY | L.GOVERNMENT | L.ROLE | L.COUNTRY | L.PLACE;
const DASHES = new Set(['—', '–']);

/** The body after a locative preposition at `p`, up to `end`: it must name something. */
export function bodyAt(v: TokenView, p: number, end: number): NP | null {
  if (!v.sl.data.grammar.locativeSources.includes(v.toks[p]?.norm ?? '') || p + 1 >= end) return null;
  // "В «Укренерго» закликали …": the body's name in quotation marks, the marks left out of it
  const first = has(v, p + 1, L.QUOTE) ? p + 2 : p + 1;
  if (first >= end || v.toks[first]!.kind !== 'word') return null;
  let last = first;
  while (
    last + 1 < end &&
    !has(v, last + 1, L.COMMA | L.QUOTE | L.COLON) &&
    v.toks[last + 1]!.kind === 'word'
  )
    last++;
  // "У комунальному підприємстві «Миколаївводоканал» уточнили": a common noun, then the name
  const plain = last;
  if (first === p + 1 && has(v, last + 1, L.QUOTE))
    for (let c = last + 3; c < Math.min(end, last + 6); c++) {
      if (v.toks[c - 1]!.kind !== 'word') break;
      if (has(v, c, L.QUOTE)) {
        last = c - 1;
        break;
      }
    }
  if (plain - p > 5 || last - p > 8) return null;
  // "Desde hace meses los vecinos aseguran …": a time, not a place, follows the preposition,
  // and an article that no connector introduces opens the verb's own subject
  if (first > p + 1 && !has(v, last + 1, L.QUOTE)) return null;
  for (let k = first; k <= last; k++)
    if (has(v, k, L.DATE) || (k > first && has(v, k, L.INDEF) && !has(v, k - 1, L.CONNECTOR | L.PREP)))
      return null;
  for (let k = first; k <= last; k++) if (has(v, k, NAMING) || isEntity(v, k)) return { first, last };
  return null;
}

function onlyPunct(v: TokenView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.toks[k]!.kind !== 'punct') return false;
  return true;
}

export function locativeSourceAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const m = v.cueAt[i];
  const g = v.sl.data.grammar;
  if (!m || m.end > to || !g.impersonalCues.includes(v.toks[i]!.norm)) return null;
  // "сообщили в": a preposition the lexicon holds in the cue is the body's, not the cue's;
  // "fanno sapere" keeps both its words
  const cue = { ...cueOf(m), end: g.locativeSources.includes(v.toks[m.end - 1]!.norm) ? i + 1 : m.end };
  // "В Кремле заявили, что …": the locative opens the sentence, the verb follows it
  // "Между тем в Кремле заявили …": connectives and adverbs may come first
  let open = lo;
  while (open < i && has(v, open, L.CONNECTIVE | L.ADVERB) && !bodyAt(v, open, i)) open++;
  const front = i > open ? bodyAt(v, open, i) : null;
  // the verb right after the body, or after the quotation mark that closes its name
  if (front && (front.last === i - 1 || (front.last === i - 2 && has(v, i - 1, L.QUOTE)))) {
    // "В Кремле отказались от комментариев.": a refusal is its own content, as in refusal.ts
    const refused = v.sl.refusal.matchAt(v.toks, i);
    let start = refused ? i : contentStartAfter(v, m.end, to, takesBare(m.value));
    // "заявили, что …": the comma and the complementizer are not the content
    while (start !== null && start < to && has(v, start, L.COMMA | L.COMPLEMENTIZER)) start++;
    if (start !== null && start < to && !has(v, start, L.QUOTE))
      return reported(v, {
        speakers: [{ groups: [front], implied: null }],
        cue,
        content: { first: start, end: contentEnd(v, start, to) },
        attribution: { first: lo, end: start },
        rule: 'indirect.locative-source',
        speakerRule: 'speaker.locative-body',
      });
  }
  // "…, — сообщили в Росавиации.": the content first, the verb and the locative after a comma
  let c = i - 1;
  if (c > lo && DASHES.has(v.toks[c]!.text)) c--;
  // the lexicon may hold the preposition in the cue itself: "сообщили в"
  const p = g.locativeSources.includes(v.toks[m.end - 1]!.norm) ? m.end - 1 : m.end;
  const back = has(v, c, L.COMMA) && c > lo ? bodyAt(v, p, to) : null;
  if (back && onlyPunct(v, back.last + 1, to))
    return reported(v, {
      speakers: [{ groups: [back], implied: null }],
      cue,
      content: { first: lo, end: c },
      attribution: { first: c + 1, end: to },
      rule: 'indirect.post-locative-source',
      speakerRule: 'speaker.locative-body',
    });
  return null;
}

export const locativeSource: Parser = {
  rule: 'indirect.locative-source',
  scope: 'token',
  needs: ['cue'],
  parse: ({ v, i, lo, to }) => locativeSourceAt(v, i, lo, to),
};
