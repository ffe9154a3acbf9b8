/**
 * Reported speech without quotation marks closed by a dash, then the cue and its speaker: the
 * punctuation of a quotation in languages that mark direct speech with a dash, used by news
 * for an unquoted sentence of the speaker's. The speaker follows the cue (inverted order).
 *   uk  "Роботи триватимуть до п'ятниці, – сказав Сенкевич журналістам."
 *       "Пошкодження виявилося серйознішим, – пояснив він."
 *   ru  "Поезда будут идти без остановки, — сказал Волков."
 * A dash with no comma before it ("… дні — сказав він") reads the same way.
 */
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { speakerAfter } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { onlyAdjunctsTo } from './adjuncts.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';

const DASHES = new Set(['—', '–', '-']);

export function dashInvertedAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const m = v.cueAt[i];
  if (!m || !m.value.short || m.end > to || i - 1 <= lo || !DASHES.has(v.toks[i - 1]!.text)) return null;
  const end = has(v, i - 2, L.COMMA) ? i - 2 : i - 1;
  // a quotation before the dash is the quotation parsers'
  if (end <= lo || has(v, end - 1, L.QUOTE) || has(v, lo, L.QUOTE)) return null;
  const groups = speakerAfter(v, m.end, to);
  if (!groups || !onlyAdjunctsTo(v, groups[groups.length - 1]!.last + 1, to)) return null;
  return reported(v, {
    speakers: [slot(v, groups)],
    cue: { first: m.start, end: m.end, info: m.value },
    content: { first: lo, end },
    attribution: { first: i - 1, end: to },
    rule: 'indirect.dash-inverted',
    speakerRule: 'speaker.after-cue',
  });
}

export const dashInverted: Parser = {
  rule: 'indirect.dash-inverted',
  scope: 'token',
  needs: ['cue'],
  parse: ({ v, i, lo, to }) => dashInvertedAt(v, i, lo, to),
};
