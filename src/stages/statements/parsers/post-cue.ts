/**
 * A short or clitic cue after the last comma, its speaker after it or in the clitic.
 *   id  "…, kata Kusnawan." / "…, ujarnya."
 *   en  "…, said Kirby."
 *   it  "Le altre famiglie, ha aggiunto, dovranno attendere." (a subjectless tag inside the clause)
 */
import { contentEnd } from '../content.js';
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { speakerAfter } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { onlyAdjunctsTo } from './adjuncts.js';
import { reported, slot } from './clause.js';
import { locativeAfter } from './pro-drop-front.js';
import type { Parser } from './types.js';

/** Whether a speaker's noun phrase follows the cue: then the subject is not dropped. */
const npAfter = (v: TokenView, from: number, to: number) => speakerAfter(v, from, to) !== null;

export function postCueAt(v: TokenView, i: number, lo: number, to: number): Draft | null {
  const m = v.cueAt[i];
  if (!m || m.end > to) return null;
  const info = m.value;
  if (!(info.short || info.clitic) || !has(v, i - 1, L.COMMA) || i - 1 <= lo) return null;
  const cue = { first: m.start, end: m.end, info };
  const content = { first: lo, end: i - 1 };
  const attribution = { first: i, end: to };
  if (info.clitic && onlyAdjunctsTo(v, m.end, to))
    return reported(v, {
      speakers: [{ groups: null, implied: i }],
      cue,
      content,
      attribution,
      rule: 'indirect.post-clitic',
      speakerRule: 'speaker.clitic-previous',
    });
  // "…, afirmó.": a language that drops the subject lets the cue stand alone
  if (
    info.short &&
    v.sl.proDrop &&
    !locativeAfter(v, m.end) &&
    onlyAdjunctsTo(v, m.end, to) &&
    !npAfter(v, m.end, to)
  )
    return reported(v, {
      speakers: [{ groups: null, implied: i }],
      cue,
      content,
      attribution,
      rule: 'indirect.post-pro-drop',
      speakerRule: 'speaker.pro-drop-previous',
    });
  // "Le altre famiglie, ha aggiunto, dovranno attendere", "…, a-t-il ajouté, …": a tag with no
  // subject set off by commas inside the reported clause; the clause is the sentence around it
  if (
    ((info.short && v.sl.proDrop) || info.clitic) &&
    has(v, m.end, L.COMMA) &&
    m.end + 1 < to &&
    v.toks[m.end + 1]!.kind === 'word' &&
    !npAfter(v, m.end + 1, to)
  )
    return reported(v, {
      speakers: [{ groups: null, implied: i }],
      cue,
      content: { first: lo, end: contentEnd(v, lo, to) },
      attribution: { first: i, end: m.end + 1 },
      rule: 'indirect.mid-pro-drop',
      speakerRule: info.clitic ? 'speaker.clitic-previous' : 'speaker.pro-drop-previous',
    });
  const groups = info.short ? speakerAfter(v, m.end, to) : null;
  if (groups && onlyAdjunctsTo(v, groups[groups.length - 1]!.last + 1, to))
    return reported(v, {
      speakers: [slot(v, groups)],
      cue,
      content,
      attribution,
      rule: 'indirect.post-inverted',
      speakerRule: 'speaker.after-cue',
    });
  return null;
}

export const postCue: Parser = {
  rule: 'indirect.post-cue',
  scope: 'token',
  needs: ['cue'],
  parse: ({ v, i, lo, to }) => postCueAt(v, i, lo, to),
};
