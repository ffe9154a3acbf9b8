/**
 * One cue that reports two clauses, each opened by its own complementizer, reports two
 * statements with the same speaker and cue:
 *   en  "The ministry said it had sent teams, and that the shortage would end soon."
 *   id  "Kementerian mengatakan tim sudah dikirim dan bahwa kelangkaan segera berakhir."
 * So does a second predicate that shares the reported subject, opened by a conjunction and a
 * finite auxiliary (grammar.predicateJoins, grammar.predicateAuxiliaries):
 *   en  "The agency said it was collecting samples and would release results within a week."
 *   id  "Dinas itu mengatakan sampel sedang diperiksa dan akan diumumkan pekan depan."
 * A conjunction alone ("it had sent teams and doctors") joins words inside one clause and is
 * left alone. Quotations are never split.
 */
import { firstSentence, tokensOf, trimSpan } from '../content.js';
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';
import { candidate, type Candidate, type Refiner } from './types.js';

/** A second reported clause: its conjunction's index and where its content opens. */
interface Join {
  at: number;
  open: number;
}

/**
 * Where second reported clauses open, outside quotes: "and that …" / "but that …" (content
 * after the complementizer), "and would …" (content from the auxiliary).
 */
function clauseJoins(v: TokenView, d: Draft): Join[] {
  const r = tokensOf(v, d.contentSpan.start, d.contentSpan.end);
  const out: Join[] = [];
  let quoted = false;
  for (let k = r.first + 1; k < r.end - 2; k++) {
    if (has(v, k, L.QUOTE)) quoted = !quoted;
    else if (quoted || !(has(v, k, L.CONJ) || v.sl.predicateJoins.has(v.toks[k]!.norm))) continue;
    else if (has(v, k + 1, L.COMPLEMENTIZER)) out.push({ at: k, open: k + 2 });
    else if (v.sl.predicateAuxiliaries.has(v.toks[k + 1]!.norm) && v.toks[k + 1]!.kind === 'word')
      out.push({ at: k, open: k + 1 });
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
      for (const j of joins) {
        out.push(candidate(part(v, d, from, v.toks[j.at]!.start)));
        from = v.toks[j.open]!.start;
      }
      out.push(candidate(part(v, d, from, d.contentSpan.end)));
    }
    return out;
  },
};
