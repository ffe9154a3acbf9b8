/**
 * A sentence that opens with an object pronoun and a cue reports the sentence before it; the
 * speaker follows the cue, as wire copy closes a lead paragraph.
 *   it  "Due persone risultano disperse. Lo ha reso noto la Regione Toscana."
 *   es  "La investigación sigue abierta. Así lo confirmó la Fiscalía."
 */
import { L } from '../labels.js';
import { speakerAfter } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { bodyAt } from './locative-source.js';
import { reportBefore, sentenceBefore } from './quote-before.js';
import type { Parser } from './types.js';

/**
 * Where the cue stands after the resumptive, past one short prepositional adjunct:
 * uk "Про це в Telegram написав …", ru "Об этом в эфире телемарафона сообщил …".
 */
function cueAfterAdjunct(v: TokenView, at: number, to: number): number {
  if (v.cueAt[at] || !has(v, at, L.PREP)) return at;
  for (let k = at + 1; k < Math.min(at + 5, to); k++) {
    if (v.cueAt[k]) return k;
    if (has(v, k, L.COMMA | L.QUOTE | L.COMPLEMENTIZER)) return at;
  }
  return at;
}

export const resumptive: Parser = {
  rule: 'indirect.resumptive',
  scope: 'sentence',
  needs: ['resumptives'],
  parse(v, lo, to, used, earlier) {
    const r = v.sl.resumptives.matchAt(v.toks, lo);
    const m = r ? v.cueAt[cueAfterAdjunct(v, r.end, to)] : undefined;
    if (!r || !m || m.end >= to) return null;
    // «Siamo pronti». Lo ha detto …: a lone quotation before is attributed as well
    const before = sentenceBefore(v, lo, used, earlier);
    if (!before) return null;
    // "Про це повідомили в Міністерстві фінансів.": an impersonal cue names its body in a locative
    const named = speakerAfter(v, m.end, to);
    const body = named ? null : bodyAt(v, m.end, to);
    const groups = named ?? (body ? [body] : null);
    if (!groups) return null;
    const rule = body ? 'speaker.locative-body' : 'speaker.after-cue';
    return reportBefore(v, before, lo, to, used, m, groups, rule, 'resumptive');
  },
};
