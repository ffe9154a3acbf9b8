import type { Certainty, Stance } from '../../domain/statement.js';
import type { CueInfo } from './compile.js';
import { L } from './labels.js';
import type { TokenView } from './view.js';

export interface StanceDecision {
  stance: Stance;
  certainty: Certainty;
  rule: string;
}

interface Range {
  first: number;
  /** exclusive */
  end: number;
}

/**
 * The speaker's stance towards what they say, from the cue ("membantah" denies, "tidak percaya"
 * denies, "bertanya" asks) and the first sentence of the content: a condition ("jika", "if")
 * makes it conditional, a denial phrase or a negated main clause a denial, an open question
 * ("masih harus diamati", "remains to be seen") a hedge. Later sentences of a long quote do
 * not change the stance of its first claim.
 */
export function decideStance(
  v: TokenView,
  cue: CueInfo | null,
  negatedCue: boolean,
  content: Range,
): StanceDecision {
  const sl = v.sl;
  const certainty = certaintyOf(v, cue, content);
  if (cue?.stance === 'deny' && !negatedCue) return { stance: 'deny', certainty, rule: 'stance.cue-deny' };
  if (negatedCue && cue && (cue.class === 'believe' || cue.class === 'assess' || cue.class === 'claim'))
    return { stance: 'deny', certainty, rule: 'stance.negated-belief' };
  if (negatedCue && cue?.class === 'confirm')
    return { stance: 'hedge', certainty: 'low', rule: 'stance.negated-confirm' };
  if (cue?.stance === 'question') return { stance: 'question', certainty, rule: 'stance.cue-question' };
  // “We do not believe this data came from us”: a negated belief opening the content
  for (let i = content.first; i < Math.min(content.end, content.first + 5); i++) {
    const c = v.cueAt[i];
    if (
      c &&
      (c.value.class === 'believe' || c.value.class === 'assess') &&
      v.flags[i - 1]! & L.NEG &&
      i - 1 >= content.first
    )
      return { stance: 'deny', certainty, rule: 'stance.negated-belief-in-content' };
  }
  const cond = sl.conditional.findAll(v.toks, content.first, content.end)[0];
  if (cond) return { stance: 'conditional', certainty, rule: `stance.conditional:${cond.phrase}` };
  // "the denials did not change its view that …": a denial the speaker brushes aside
  const brushedAside = (m: { end: number }) => {
    for (let k = m.end; k < Math.min(content.end, m.end + 3); k++)
      if (sl.notNegation.matchAt(v.toks, k)) return true;
    return false;
  };
  const deny = sl.deny.findAll(v.toks, content.first, content.end).find((m) => !brushedAside(m));
  if (deny) return { stance: 'deny', certainty, rule: `stance.content-deny:${deny.phrase}` };
  const hedges = sl.hedge.findAll(v.toks, content.first, content.end);
  if (hedges[0]) return { stance: 'hedge', certainty: 'low', rule: `stance.hedge:${hedges[0].phrase}` };
  return { stance: 'assert', certainty, rule: 'stance.default-assert' };
}

/**
 * A negator in the content's main clause, not inside a relative clause ("yang tidak", "who did
 * not"): "Pyongyang has not sent troops". The statement still asserts; the ledger reads the
 * negation when it weighs the statement against a positive claim.
 */
export function mainClauseNegation(
  v: TokenView,
  c: Range,
  hedges: Array<{ start: number; end: number }> = [],
): number {
  for (let i = c.first; i < c.end; i++) {
    if (!(v.flags[i]! & L.NEG)) continue;
    if (hedges.some((h) => i >= h.start && i < h.end)) continue;
    if (v.flags[i - 1]! & L.RELATIVE || v.flags[i - 2]! & L.RELATIVE) continue;
    // "tidak hanya … tetapi juga" (emphasis), "belum lama ini" (recently): no negation
    const not = v.sl.notNegation.matchAt(v.toks, i);
    if (not) {
      i = not.end - 1;
      continue;
    }
    return i;
  }
  return -1;
}

function certaintyOf(v: TokenView, cue: CueInfo | null, c: Range): Certainty {
  const m = v.sl.certainty.findAll(v.toks, c.first, c.end)[0];
  if (m) return m.value;
  return cue?.certainty ?? 'high';
}
