/**
 * A sentence that opens with its cue and a complementizer, its subject dropped: the speaker is
 * the previous one (grammar.proDrop).
 *   it  "Ha aggiunto che le scuole riapriranno lunedì."
 *   uk  "Додав, що інформація про постраждалих уточнюється." / "Також зазначив, що …"
 *   es  "Explicó que el puente seguirá cerrado."
 */
import { contentEnd } from '../content.js';
import { cueOf } from '../draft.js';
import { L } from '../labels.js';
import { has, type TokenView } from '../view.js';
import { reported } from './clause.js';
import type { Parser } from './types.js';

// how many connectives, adverbs and commas may open the sentence before the cue
const LEAD = 3;
// what a clause needs after the complementizer to be a statement
const MIN_WORDS = 3;

/**
 * Whether a locative body follows the cue at `at`: "…, повідомили в НАБУ." names its speaker
 * (read by the locative-source parser), so the subject is not dropped.
 */
export const locativeAfter = (v: TokenView, at: number): boolean =>
  v.sl.data.grammar.locativeSources.includes(v.toks[at]?.norm ?? '');

export const proDropFront: Parser = {
  rule: 'indirect.pro-drop-front',
  scope: 'token',
  parse({ v, i, lo, from, to }) {
    const m = v.cueAt[i];
    if (!m || !v.sl.proDrop || lo !== from || i - lo > LEAD) return null;
    // the cue opens the clause: only connectives, adverbs and commas before it ("Poi ha spiegato …")
    for (let k = lo; k < i; k++) if (!has(v, k, L.CONNECTIVE | L.ADVERB | L.COMMA)) return null;
    let c = m.end;
    if (has(v, c, L.COMMA)) c++;
    if (!has(v, c, L.COMPLEMENTIZER)) return null;
    const start = c + 1;
    const end = contentEnd(v, start, to);
    let words = 0;
    for (let k = start; k < end; k++) if (v.toks[k]!.kind === 'word') words++;
    if (words < MIN_WORDS) return null;
    return reported(v, {
      speakers: [{ groups: null, implied: i }],
      cue: cueOf(m),
      content: { first: start, end },
      attribution: { first: lo, end: start },
      rule: 'indirect.pro-drop-front',
      speakerRule: 'speaker.pro-drop-previous',
    });
  },
};
