/**
 * An attribution after the last comma of a sentence speaks for everything before it; it is
 * read before the cues inside, which belong to the reported clause.
 *   id  "AS tidak percaya pasukan itu sudah tiba di Ukraina, kata Kirby." / "…, ujarnya."
 *   en  "…, White House spokesman John Kirby said." / "…, according to Yonhap."
 */
import { isMedia } from '../cited.js';
import { cueOf, type Draft, type TokRange } from '../draft.js';
import { L } from '../labels.js';
import { subjectBefore } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { according } from './according-to.js';
import { onlyAdjunctsTo } from './adjuncts.js';
import { reported, slot } from './clause.js';
import { cueDraft } from './cue.js';
import type { Parser } from './types.js';

/** A segment that only names where a report came from: ", according to reports citing Yonhap". */
function isCitation(v: TokenView, i: number, end: number): boolean {
  const m = v.sl.citing.matchAt(v.toks, i);
  if (!m) return false;
  for (let k = m.end; k < end; k++)
    if (v.cueAt[k]?.value.full && !v.sl.citing.matchAt(v.toks, k)) return false;
  return true;
}

/** ", local media reported", ", media lokal melaporkan": a relay's own attribution, not a speaker. */
function isRelay(v: TokenView, i: number, end: number): boolean {
  let k = i;
  while (k < end && !v.cueAt[k]) k++;
  return k < end && k > i && k - i <= 4 && isMedia(v, i, k) && onlyAdjunctsTo(v, v.cueAt[k]!.end, end);
}

/** The tail attribution after the comma `c`, ending at `to`: ", kata X", ", X said", ", menurut X". */
function tailAt(v: TokenView, lo: number, c: number, to: number): Draft | null {
  const i = c + 1;
  const acc = v.sl.according.matchAt(v.toks, i) ? according(v, i, lo, to) : null;
  if (acc) return acc;
  const m = v.cueAt[i];
  if (m && (m.value.short || m.value.clitic)) {
    const d = cueDraft(v, i, lo, to);
    if (d) return d;
  }
  for (let k = i + 1; k < Math.min(to, i + 10); k++) {
    const cue = v.cueAt[k];
    if (!cue || !cue.value.full) continue;
    const subj = subjectBefore(v, k, i);
    if (!subj || subj.first > i + 1 || !onlyAdjunctsTo(v, cue.end, to)) break;
    return reported(v, {
      speakers: subj.speakers.map((g) => slot(v, g)),
      cue: cueOf(cue, subj.negation),
      negated: subj.negated,
      content: { first: lo, end: c },
      attribution: { first: i, end: to },
      rule: 'indirect.post-subject-cue',
      speakerRule: 'speaker.before-cue',
    });
  }
  return null;
}

export const tailSource: Parser = {
  rule: 'indirect.tail',
  scope: 'sentence',
  parse(v, lo, to, used) {
    // the attribution may be followed by a citation (", according to reports citing Yonhap") or
    // a participle that reports again (", warning that …"): look behind them
    let end = to;
    let cited: TokRange | undefined;
    for (let c = to - 2; c > lo + 2; c--) {
      if (used[c]) return null;
      if (!has(v, c, L.COMMA)) continue;
      const i = c + 1;
      if (v.sl.participles.matchAt(v.toks, i)) {
        end = c;
        continue;
      }
      if (isCitation(v, i, end) || isRelay(v, i, end)) {
        cited ??= { first: i, end };
        end = c;
        continue;
      }
      const found = tailAt(v, lo, c, end);
      if (!found) return null;
      return { draft: cited && !found.tailCitation ? { ...found, tailCitation: cited } : found, stop: end };
    }
    return null;
  },
};
