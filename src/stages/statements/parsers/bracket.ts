/**
 * A perfect-tense cue split around the middle field, as a verb-second language writes it: the
 * finite auxiliary in second place, the participle at the end of the main clause, right before
 * the comma or colon that opens the reported clause (grammar.bracketAuxiliaries). The lexicon
 * lists the cue as written together ("hat angekündigt"); the speaker stands before the
 * auxiliary, or after it when an adjunct opens the sentence.
 *   de  "Der Minister hat am Donnerstag angekündigt, von seinem Amt zurückzutreten."
 *       "Im Rahmen des Abkommens hat die EU zugesagt, die Emissionen zu senken."
 *       "Der Arzt hat sich optimistisch geäußert, dass der Spieler mitspielen könne."
 */
import { contentEnd, contentStartAfter } from '../content.js';
import type { CueInfo } from '../compile.js';
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { subjectBefore } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { reported, slot, takesBare } from './clause.js';
import { inverse } from './split-cue.js';
import type { Parser } from './types.js';

/** The longest middle field read between the auxiliary and its participle. */
const MIDDLE = 10;

/** The participle closing the bracket opened by auxiliary `i`, and the cue the two make. */
function participleOf(
  v: TokenView,
  i: number,
  to: number,
): { at: number; end: number; info: CueInfo } | null {
  // at least one word between them: "hat angekündigt" written together is a cue of its own
  for (let k = i + 3; k < Math.min(to, i + 3 + MIDDLE); k++) {
    const f = v.flags[k]!;
    if (f & (L.QUOTE | L.COMPLEMENTIZER)) return null;
    if (!(f & (L.COMMA | L.COLON))) {
      // a cue of its own inside the middle field is another construction; the participle may
      // be one ("angekündigt", "bekannt gegeben")
      const c = v.cueAt[k];
      if (v.toks[k]!.kind === 'punct' || (c && !(v.flags[c.end]! & (L.COMMA | L.COLON)))) return null;
      continue;
    }
    const at = k - 1;
    // "hat … angekündigt" is looked up as the lexicon writes it, "hat angekündigt"; a participle
    // with its particle written apart ("hat … bekannt gegeben") as "hat bekannt gegeben"
    const m = v.sl.cues.matchAt([v.toks[i]!, v.toks[at]!], 0);
    if (m && m.end === 2 && m.value.full) return { at, end: at + 1, info: m.value };
    const m3 = at - 1 > i ? v.sl.cues.matchAt([v.toks[i]!, v.toks[at - 1]!, v.toks[at]!], 0) : null;
    return m3 && m3.end === 3 && m3.value.full ? { at: at - 1, end: at + 1, info: m3.value } : null;
  }
  return null;
}

export function bracketAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  if (!v.sl.bracketAuxiliaries.has(v.toks[i]!.norm) || v.toks[i]!.kind !== 'word') return null;
  const p = participleOf(v, i, to);
  if (!p) return null;
  const start = contentStartAfter(v, p.end, to, takesBare(p.info));
  if (start === null || start >= to || has(v, start, L.QUOTE)) return null;
  const cue = { first: p.at, end: p.end, info: p.info };
  const content = { first: start, end: contentEnd(v, start, to) };
  const attribution = { first: lo, end: start };
  // "Am Sonntag hatte der Minister … gegeben": an adjunct first, the speaker after the auxiliary
  const inverted = inverse(v, i, lo, p.at);
  if (inverted)
    return reported(v, {
      speakers: [slot(v, inverted)],
      cue,
      content,
      attribution,
      rule: 'indirect.bracket-inverted',
      speakerRule: 'speaker.after-cue',
    });
  const subj = subjectBefore(v, i, lo);
  if (!subj) return null;
  return reported(v, {
    speakers: subj.speakers.map((g) => slot(v, g)),
    cue,
    negated: subj.negated,
    content,
    attribution,
    rule: 'indirect.bracket',
    speakerRule: 'speaker.before-cue',
  });
}

export const bracket: Parser = {
  rule: 'indirect.bracket',
  scope: 'token',
  needs: ['bracketAuxiliaries'],
  parse: ({ v, i, lo, to }) => (v.sl.bracketAuxiliaries.size ? bracketAt(v, i, lo, to) : null),
};
