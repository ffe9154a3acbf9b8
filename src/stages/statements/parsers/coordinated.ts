/**
 * A second cue after a conjunction shares the subject of its sentence: the speaker of the
 * statement before it, or the noun phrase that opens the sentence.
 *   id  "Kirby mengatakan … dan menambahkan bahwa …"
 *   en  "Kirby said … and added that …" / "Reed declined to say …, but added that …"
 */
import { contentEnd, contentStartAfter } from '../content.js';
import { cueOf } from '../draft.js';
import { L } from '../labels.js';
import { subjectBefore } from '../speaker.js';
import { has } from '../view.js';
import { chargeStart } from './charge.js';
import { reported, slot, takesBare } from './clause.js';
import type { Parser } from './types.js';

export const coordinated: Parser = {
  rule: 'indirect.coordinated-cue',
  scope: 'token',
  needs: ['cue'],
  parse({ v, i, from, to, before }) {
    const m = v.cueAt[i];
    if (!m?.value.full || m.end > to || i - 1 <= from || !has(v, i - 1, L.CONJ | L.CONNECTIVE)) return null;
    const prev = before[before.length - 1];
    let speakers = prev?.speakers ?? null;
    if (!speakers) {
      // the noun phrase that opens the sentence, read back from its verb: the first plain word
      let verb = from + 1;
      while (verb < i - 1 && (v.flags[verb]! || v.toks[verb]!.kind !== 'word')) verb++;
      const subj = verb < i - 1 ? subjectBefore(v, verb, from) : null;
      if (!subj || subj.speakers.length !== 1) return null;
      speakers = subj.speakers.map((g) => slot(v, g));
    }
    // "… y acusó a la Comunidad de «abandonar» el sur": the charge is the content
    const charge = chargeStart(v, m.value, m.end, to);
    const start = charge ?? contentStartAfter(v, m.end, to, takesBare(m.value));
    if (start === null || start >= to || (charge === null && has(v, start, L.QUOTE))) return null;
    return reported(v, {
      speakers,
      cue: cueOf(m),
      content: { first: start, end: contentEnd(v, start, to) },
      attribution: { first: i - 1, end: start },
      rule: 'indirect.coordinated-cue',
      speakerRule: prev ? 'speaker.coordinated-previous' : 'speaker.sentence-subject',
    });
  },
};
