/**
 * A quoted fragment inside reported speech is a quotation of its own, by the same speaker
 * (grammar.quotedFragments): the reporter paraphrases and marks the words kept verbatim.
 *   de  "Die Kanadier sagen, der Pilot trage die „volle Verantwortung“ für die Landung."
 *       -> the indirect statement, and "volle Verantwortung" quoted directly
 * A fragment that is the whole content is the statement itself and adds nothing.
 */
import { firstSentence, trimSpan } from '../content.js';
import { lowerBound, type TokenView } from '../view.js';
import type { Candidate, Refiner } from './types.js';

/**
 * Whether the marked words are a name or a title, not words someone said: none is written in
 * lower case ("die „Berliner Zeitung“", "„Ärzte ohne Grenzen“" keeps "ohne" lower: still a
 * name by its capitalised ends), against "die „volle Verantwortung“".
 */
function aName(v: TokenView, first: number, end: number): boolean {
  const words = v.toks.slice(first, end).filter((t) => t.kind === 'word');
  if (words.length === 0) return true;
  const upper = (t: (typeof words)[number]) => /^\p{Lu}/u.test(t.text) || /\p{N}/u.test(t.text);
  return upper(words[0]!) && upper(words[words.length - 1]!);
}

/** The quoted fragments of a candidate's content, as new direct candidates. */
function fragments(v: TokenView, c: Candidate): Candidate[] {
  const d = c.draft;
  const first = lowerBound(v.starts, d.contentSpan.start);
  const end = lowerBound(v.starts, d.contentSpan.end);
  const marks: number[] = [];
  for (let k = first; k < end; k++) if (v.toks[k]!.kind === 'quote') marks.push(k);
  const out: Candidate[] = [];
  for (let m = 0; m + 1 < marks.length; m += 2) {
    const open = marks[m]!;
    const close = marks[m + 1]!;
    if (close - open < 2 || (open === first && close === end - 1) || aName(v, open + 1, close)) continue;
    const contentSpan = trimSpan(v.doc.text, v.toks[open + 1]!.start, v.toks[close - 1]!.end);
    out.push({
      ...c,
      draft: {
        ...d,
        direct: true,
        span: { start: v.toks[open]!.start, end: v.toks[close]!.end },
        contentSpan,
        stanceTokens: firstSentence(v, contentSpan.start, contentSpan.end),
        rule: 'quote.fragment',
      },
    });
  }
  return out;
}

export const quotedFragments: Refiner = {
  id: 'quoted-fragments',
  refine(v, candidates) {
    if (!v.sl.data.grammar.quotedFragments) return candidates;
    const added = candidates.flatMap((c) => (c.draft.direct || !c.speaker ? [] : fragments(v, c)));
    return added.length ? [...candidates, ...added] : candidates;
  },
};
