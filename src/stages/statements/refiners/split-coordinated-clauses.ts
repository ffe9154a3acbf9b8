/**
 * One cue that reports two clauses, each opened by its own complementizer, reports two
 * statements with the same speaker and cue:
 *   en  "The ministry said it had sent teams, and that the shortage would end soon."
 *   id  "Kementerian mengatakan tim sudah dikirim dan bahwa kelangkaan segera berakhir."
 * A conjunction followed by a complementizer opens a second reported clause; a conjunction alone
 * ("it had sent teams and doctors") joins words inside one clause and is left alone. Quotations
 * are never split.
 */
import { firstSentence, tokensOf, trimSpan } from '../content.js';
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';
import { candidate, type Candidate, type Refiner } from './types.js';

/** Token indices where a second reported clause opens ("and" of "and that"), outside quotes. */
function clauseJoins(v: TokenView, d: Draft): number[] {
  const r = tokensOf(v, d.contentSpan.start, d.contentSpan.end);
  const out: number[] = [];
  let quoted = false;
  for (let k = r.first + 1; k < r.end - 2; k++) {
    if (has(v, k, L.QUOTE)) quoted = !quoted;
    else if (!quoted && has(v, k, L.CONJ) && has(v, k + 1, L.COMPLEMENTIZER)) out.push(k);
  }
  return out;
}

/** The part of a reported draft between two character offsets, as its own draft. */
function part(v: TokenView, d: Draft, start: number, end: number): Draft {
  const c = trimSpan(v.doc.text, start, end);
  return {
    ...d,
    span: { start: Math.max(d.span.start, c.start), end: Math.min(d.span.end, c.end) },
    contentSpan: c,
    stanceTokens: firstSentence(v, c.start, c.end),
  };
}

export const splitCoordinatedClauses: Refiner = {
  id: 'split-coordinated-clauses',
  refine(v, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const d = c.draft;
      const joins = d.direct ? [] : clauseJoins(v, d);
      if (joins.length === 0) {
        out.push(c);
        continue;
      }
      let from = d.contentSpan.start;
      for (const k of joins) {
        out.push(candidate(part(v, d, from, v.toks[k]!.start)));
        from = v.toks[k + 2]!.start;
      }
      out.push(candidate(part(v, d, from, d.contentSpan.end)));
    }
    return out;
  },
};
