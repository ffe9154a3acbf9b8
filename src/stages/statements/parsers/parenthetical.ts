/**
 * An attribution set off by commas inside the reported clause, the speaker after or before a
 * short cue; what follows it is the content.
 *   id  "Hal itu, kata Arif, akan diawasi secara ketat." / "Sebab, lanjut dia, pesanan turun."
 *   en  "The delays, she said, were caused by a bankrupt contractor."
 */
import { contentEnd } from '../content.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import { speakerAfter, subjectBefore } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { onlyAdjunctsTo } from './adjuncts.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';

// how many words the content after the attribution needs, so a trailing date is no content
const MIN_WORDS = 3;

function wordsFrom(v: TokenView, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (v.toks[k]!.kind === 'word') n++;
  return n;
}

function apposition(v: TokenView, k: number): boolean {
  return (
    v.sl.data.grammar.articles.includes(v.toks[k]?.norm ?? '') && has(v, k + 1, L.ROLE | L.UNNAMED | L.TITLE)
  );
}

/** The cue at `i` between two commas inside the sentence [lo, to), with its speaker. */
export function parentheticalAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const m = v.cueAt[i];
  if (!m || m.end >= to || !m.value.short) return null;
  let open: number;
  let close: number;
  let groups;
  if (has(v, i - 1, L.COMMA)) {
    // "…, kata Arif, …": the speaker after the cue, a comma after the speaker
    open = i - 1;
    groups = speakerAfter(v, m.end, to);
    if (!groups) return null;
    close = groups[groups.length - 1]!.last + 1;
    if (groups.length !== 1) return null;
  } else if (has(v, m.end, L.COMMA)) {
    // "…, she said, …": the speaker before the cue, a comma before the speaker
    const subj = subjectBefore(v, i, lo);
    if (!subj || subj.negated || subj.speakers.length !== 1) return null;
    // "The delays, she said": the phrase before the comma is the content's, not an apposition
    const own = subj.speakers[0]!;
    groups = [own[own.length - 1]!];
    open = groups[0]!.first - 1;
    close = m.end;
  } else return null;
  if (open <= lo || !has(v, open, L.COMMA) || !has(v, close, L.COMMA)) return null;
  // "In Santiago, the minister said, …": an adjunct before the speaker is no content
  if (has(v, lo, L.PREP | L.DATE)) return null;
  // the words before the attribution hold no cue of their own
  for (let k = lo; k < open; k++) if (v.cueAt[k] || has(v, k, L.QUOTE)) return null;
  const start = close + 1;
  // "…, sagte Mark Keefe, der Sprecher der Ambulanz.": an article and a role after the speaker
  // are the speaker's apposition, not the content
  if (open === i - 1 && apposition(v, start)) return null;
  if (wordsFrom(v, start, to) < MIN_WORDS || onlyAdjunctsTo(v, start, to)) return null;
  return reported(v, {
    speakers: [slot(v, groups)],
    cue: cueOf(m),
    content: { first: start, end: contentEnd(v, start, to) },
    attribution: { first: open + 1, end: start },
    rule: 'indirect.parenthetical',
    speakerRule: has(v, i - 1, L.COMMA) ? 'speaker.after-cue' : 'speaker.before-cue',
  });
}

export const parenthetical: Parser = {
  rule: 'indirect.parenthetical',
  scope: 'token',
  needs: ['cue'],
  parse: ({ v, i, lo, to }) => parentheticalAt(v, i, lo, to),
};
