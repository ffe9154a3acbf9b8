/**
 * Words quoted verbatim inside reported speech are a quotation of their own, by the same
 * speaker and cue (grammar.nestedQuotations): the reported clause is one statement, the marked
 * words a direct one inside it.
 *   de  "Stoiber sagte, die SPD habe eine „veränderte Lage“ geschaffen." -> the clause, and
 *       „veränderte Lage“ as Stoiber's own words
 * A quoted name is no quotation: "sagte der „Berliner Zeitung“", "das Magazin „Der Spiegel“".
 */
import { lowerBound, type TokenView } from '../view.js';
import { findQuotes, type Quote } from '../quotes.js';
import { L } from '../labels.js';
import type { Candidate, Refiner } from './types.js';

/** Whether a quotation reads as a name: every word capitalised and two or more, or after a media word. */
function isName(v: TokenView, q: Quote): boolean {
  const words = v.doc.text.slice(q.innerStart, q.innerEnd).match(/[\p{L}\p{N}][\p{L}\p{N}\-.]*/gu) ?? [];
  if (words.length === 0) return true;
  if (words.length >= 2 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return true;
  const k = lowerBound(v.starts, q.start) - 1;
  return k >= 0 && (v.sl.mediaWords.has(v.toks[k]!.norm) || (v.flags[k]! & L.ORG) !== 0);
}

function nestedIn(v: TokenView, c: Candidate, quotes: readonly Quote[]): Candidate[] {
  const { contentSpan } = c.draft;
  const out: Candidate[] = [];
  for (const q of quotes) {
    if (q.start < contentSpan.start || q.end > contentSpan.end || !q.closed) continue;
    // the quotation is the whole content: already a direct statement
    if (q.innerStart <= contentSpan.start + 1 && q.innerEnd >= contentSpan.end - 1) continue;
    if (isName(v, q)) continue;
    out.push({
      ...c,
      draft: {
        ...c.draft,
        direct: true,
        span: { start: q.start, end: q.end },
        contentSpan: { start: q.innerStart, end: q.innerEnd },
        rule: 'quote.nested',
      },
      figures: [],
      dates: [],
    });
  }
  return out;
}

export const nestedQuotations: Refiner = {
  id: 'nested-quotations',
  refine(v, candidates) {
    if (!v.sl.data.grammar.nestedQuotations) return candidates;
    const quotes = findQuotes(v.doc.norm, v.doc.paragraphs);
    if (quotes.length === 0) return candidates;
    return candidates.flatMap((c) => (c.draft.direct ? [c] : [c, ...nestedIn(v, c, quotes)]));
  },
};
