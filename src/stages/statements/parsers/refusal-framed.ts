/**
 * A refusal that frames its speaker: an opener of the stance lexicon's `refusalFramed`, the
 * speaker, then a closer of the same frame (or nothing, when the frame has no closers). Word
 * order puts the speaker inside the refusal where the verb opens the clause, or where the source
 * follows a preposition. Like a refusal standing alone, it is a statement whose stance is a hedge.
 *   ar  "ورفضت كوزاك التعليق على تصريحات السيسي" (opener "ورفضت", closer "التعليق")
 *       "ولم يعلق حزب الله رسميا على الغارة" (no closer: the speaker runs to the adjunct)
 *       "ولم يصدر عن مكتب رئيس الوزراء أي تعليق" (opener "ولم يصدر عن", closer "أي تعليق")
 */
import type { CueInfo } from '../compile.js';
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';
import { opensClause, speakerAfterInitialCue } from './verb-initial.js';

/** How many tokens the speaker may span before its closer: "مسؤول في وحدة تنسيق أعمال الحكومة". */
const SPAN = 8;
/** How many tokens may follow the refusal: "على الغارة حتى الآن". */
const TAIL = 12;
const REFUSED: CueInfo = { class: 'say', stance: 'hedge', short: false, clitic: false, full: false };

/** The speaker between the opener and a closer: plain words, no punctuation or cue. */
function framedSpeaker(
  v: TokenView,
  from: number,
  to: number,
  closer: NonNullable<TokenView['sl']['refusalFramed'][number]['closer']>,
) {
  for (let k = from + 1; k < Math.min(to, from + SPAN + 1); k++) {
    if (v.toks[k - 1]!.kind === 'punct' && !has(v, k - 1, L.OPEN_PAREN | L.CLOSE_PAREN)) return null;
    const c = closer.matchAt(v.toks, k);
    if (c) return { np: { first: from, last: k - 1 }, end: c.end };
  }
  return null;
}

export function refusalFramedAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  for (const frame of v.sl.refusalFramed) {
    const o = frame.opener.matchAt(v.toks, i);
    if (!o || o.end >= to || !opensClause(v, i, lo)) continue;
    let speaker;
    let end;
    if (frame.closer) {
      const found = framedSpeaker(v, o.end, to, frame.closer);
      if (!found) continue;
      speaker = [found.np];
      end = found.end;
    } else {
      const groups = speakerAfterInitialCue(v, o.end, to);
      if (!groups) continue;
      speaker = groups;
      end = groups[groups.length - 1]!.last + 1;
    }
    // "ورفضت كوزاك التعليق، مكتفية بالقول إن …": what follows a comma is a statement of its own
    let last = end;
    while (last < to && !has(v, last, L.COMMA)) last++;
    while (last > end && v.toks[last - 1]!.kind === 'punct') last--;
    // "رفض … التعليق، قائلا إن …": a reported clause after it is another construction's
    if (last - end > TAIL) continue;
    let clause = false;
    for (let k = end; k < last; k++)
      if (has(v, k, L.COMPLEMENTIZER | L.QUOTE | L.COLON) || v.cueAt[k]) clause = true;
    if (clause) continue;
    return reported(v, {
      speakers: [slot(v, speaker)],
      cue: { first: i, end: o.end, info: REFUSED },
      content: { first: i, end: last },
      attribution: { first: lo, end: i },
      rule: 'indirect.refusal-framed',
      speakerRule: 'speaker.after-cue',
    });
  }
  return null;
}

export const refusalFramed: Parser = {
  rule: 'indirect.refusal-framed',
  scope: 'token',
  parse: ({ v, i, lo, to }) => refusalFramedAt(v, i, lo, to),
};
