/**
 * A marker that both cites a relay and reads as "according to", with the outlet after it,
 * opening the sentence or closing it after a comma: the outlet is the only source named, so it
 * is the speaker. When the clause names a speaker of its own, that statement is kept and the
 * outlet only cited (as relay.ts does for outlets it knows).
 *   uk  "Як повідомляє Укрінформ, у місті знеструмлено два райони."
 *   ru  "Как сообщает ТАСС, переговоры продолжатся в среду." / "…, как сообщает ТАСС."
 *   es  "Según informó Efe, el puerto sigue cerrado."
 */
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';
import { according } from './according-to.js';
import { innerStatement } from './relay.js';
import type { Parser } from './types.js';

const RULES: Record<string, string> = {
  'indirect.according-front': 'indirect.citing-front',
  'indirect.according-end': 'indirect.citing-end',
};

export function citingFrontAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const front = i === lo || (i === lo + 1 && has(v, lo, L.CONNECTIVE));
  if (!front && !has(v, i - 1, L.COMMA)) return null;
  if (!v.sl.citing.matchAt(v.toks, i) || !v.sl.according.matchAt(v.toks, i)) return null;
  const d = according(v, i, lo, to, true);
  const rule = d && RULES[d.rule];
  if (!d || !rule) return null;
  // "Як повідомляє Укрінформ, Прокудін заявив, що …": the inner speaker's statement
  if (front) {
    const inner = innerStatement(v, d, to);
    if (inner) return inner;
  }
  return { ...d, rule };
}

export const citingFront: Parser = {
  rule: 'indirect.citing-front',
  scope: 'token',
  needs: ['citing'],
  parse: ({ v, i, lo, to }) => citingFrontAt(v, i, lo, to),
};
