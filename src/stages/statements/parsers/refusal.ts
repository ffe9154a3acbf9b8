/**
 * A refusal that stands alone: a subject, then a refusal phrase of the stance lexicon, and
 * nothing reported after it but an object or an adjunct. It is a statement (the speaker was
 * asked and did not answer), its stance a hedge from the refusal phrase in it.
 *   en  "The ministry declined to comment."
 *   ru  "Захарова отказалась от комментариев." / "Посольство от комментариев отказалось."
 *   de  "Das Ministerium lehnte einen Kommentar ab."
 *   ja  "経済同友会の代表幹事はコメントを控えた。" (verb-final: the clause's head is the speaker)
 */
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import { subjectBefore } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { reported, slot, SAY } from './clause.js';
import type { Parser } from './types.js';
import { speakerHead } from './verb-final.js';

/** How many tokens may follow the refusal: "on the report", "сообщения СМИ". */
const TAIL = 14;

/** How many words an object may take between the subject and its refusal: "атаку", "эти сообщения". */
const OBJECT = 3;

/**
 * "Украинская сторона атаку не комментировала": where word order puts the refused object before
 * the refusal, the subject stands before that object; plain words only, no cue or punctuation.
 */
function subjectBeforeObject(v: TokenView, i: number, lo: number) {
  for (let j = i - 1; j >= Math.max(lo + 1, i - OBJECT); j--) {
    if (
      v.toks[j]!.kind !== 'word' ||
      v.cueAt[j] ||
      has(v, j, L.COMPLEMENTIZER | L.QUOTE | L.CONJ | L.RELATIVE)
    )
      return null;
    // "Посольство эти сообщения …": a demonstrative opens the object, it does not close the subject
    if (has(v, j - 1, L.DEMONSTRATIVE)) continue;
    const subj = subjectBefore(v, j, lo);
    if (subj) return subj;
  }
  return null;
}

export function refusalAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const r = v.sl.refusal.matchAt(v.toks, i);
  if (!r || r.end > to) return null;
  let end = to;
  while (end > r.end && v.toks[end - 1]!.kind === 'punct') end--;
  if (end - r.end > TAIL) return null;
  // "declined to comment, saying that …": a reported clause after it is another construction's;
  // "отказались, сославшись на «период тишины»": a term quoted in an aside after a comma is not
  const quoted = has(v, r.end, L.COMMA) ? 0 : L.QUOTE;
  for (let k = r.end; k < end; k++)
    if (has(v, k, L.COMPLEMENTIZER | L.COLON | quoted) || v.cueAt[k]) return null;
  // "経済同友会の代表幹事はコメントを控えた", "대변인은 구체적인 언급을 피했다": in a verb-final
  // clause the head its marker closes is the speaker, not the words just before the refusal
  const head = v.sl.verbFinal ? speakerHead(v, lo, i) : null;
  const subj = head ? null : (subjectBefore(v, i, lo) ?? subjectBeforeObject(v, i, lo));
  const speakers = subj ? subj.speakers.map((g) => slot(v, g)) : head ? [slot(v, [head.np])] : null;
  if (!speakers) return null;
  const m = v.cueAt[i];
  return reported(v, {
    speakers,
    cue: m && m.end <= r.end ? cueOf(m) : { first: i, end: r.end, info: SAY },
    content: { first: i, end },
    attribution: { first: lo, end: i },
    rule: 'indirect.refusal',
    speakerRule: 'speaker.before-cue',
  });
}

export const refusal: Parser = {
  rule: 'indirect.refusal',
  scope: 'token',
  needs: ['refusal'],
  parse: ({ v, i, lo, to }) => refusalAt(v, i, lo, to),
};
