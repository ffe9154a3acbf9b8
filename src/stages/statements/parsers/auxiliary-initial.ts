/**
 * A verb-initial clause opened by an auxiliary: the auxiliary, the subject, a particle, then the
 * reporting verb and its reported clause. The past perfect of news ("had said earlier") puts the
 * subject between the auxiliary and the verb, so the speaker precedes its cue here.
 *   ar  "وكان الرئيس عبد الفتاح السيسي قد قال في وقت سابق إن بلاده قد تضطر إلى …"
 *       "وكانت مجلة دفاعية بريطانية قد ذكرت، نقلا عن مصادر، أن موسكو تقدمت بطلب …"
 * The words are data: `grammar.auxiliaries` and `grammar.auxiliaryParticles`.
 */
import { contentEnd } from '../content.js';
import { cueOf, type Draft } from '../draft.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';
import { opensClause, untilNextCue } from './verb-initial.js';

/** How many tokens the subject may span: "الرئيس عبد الفتاح السيسي". */
const SUBJECT = 8;
/** How many tokens may part the verb and its complementizer: "في وقت سابق", an aside in commas. */
const GAP = 12;

export function auxiliaryInitialAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const g = v.sl.data.grammar;
  if (!g.auxiliaries.includes(v.toks[i]!.norm) || !opensClause(v, i, lo)) return null;
  let particle = -1;
  for (let k = i + 2; k < Math.min(to - 1, i + SUBJECT + 2); k++) {
    if (v.toks[k]!.kind === 'punct' || v.cueAt[k]) return null;
    if (g.auxiliaryParticles.includes(v.toks[k]!.norm) && v.cueAt[k + 1]) {
      particle = k;
      break;
    }
  }
  if (particle < 0) return null;
  const m = v.cueAt[particle + 1]!;
  let c = -1;
  for (let k = m.end; k < Math.min(to - 1, m.end + GAP); k++) {
    if (has(v, k, L.COMPLEMENTIZER)) {
      c = k;
      break;
    }
    if (v.cueAt[k] || has(v, k, L.QUOTE | L.COLON)) return null;
  }
  if (c < 0) return null;
  return reported(v, {
    speakers: [slot(v, [{ first: i + 1, last: particle - 1 }])],
    cue: cueOf(m),
    content: { first: c + 1, end: untilNextCue(v, c + 1, contentEnd(v, c + 1, to)) },
    attribution: { first: lo, end: c + 1 },
    rule: 'indirect.auxiliary-initial',
    speakerRule: 'speaker.before-cue',
  });
}

export const auxiliaryInitial: Parser = {
  rule: 'indirect.auxiliary-initial',
  scope: 'token',
  needs: ['cue'],
  parse: ({ v, i, lo, to }) => auxiliaryInitialAt(v, i, lo, to),
};
