/**
 * A body that records or declares a fact speaks for it: the body is the speaker, the verb the
 * cue, what it recorded the content. Read only when the subject is a body or organisation, so
 * "the singer recorded an album" is no statement.
 *   id  "Kementerian Kesehatan mencatat 88 kasus baru pekan lalu." / "Pemerintah menetapkan …"
 *   en  "The health ministry recorded 88 new cases last week."
 */
import { contentEnd } from '../content.js';
import { L } from '../labels.js';
import { subjectBefore } from '../speaker.js';
import { has } from '../view.js';
import { reported, slot } from './clause.js';
import type { Parser } from './types.js';

const BODY = L.BODY | L.ORG | L.GOVERNMENT;

export const authority: Parser = {
  rule: 'indirect.authority',
  scope: 'token',
  needs: ['authorities'],
  parse({ v, i, lo, to }) {
    const m = v.sl.authorities.matchAt(v.toks, i);
    if (!m || m.end >= to || i <= lo) return null;
    const subj = subjectBefore(v, i, lo);
    if (!subj || subj.negated || subj.speakers.length !== 1) return null;
    const g = subj.speakers[0]!;
    // "Pemerintah provinsi", "Kepala BPS": a body named anywhere in the subject, no person
    let body = false;
    for (const np of g)
      for (let k = np.first; k <= np.last; k++) {
        if (has(v, k, L.PERSON)) return null;
        body ||= has(v, k, BODY);
      }
    if (!body) return null;
    let start = m.end;
    if (has(v, start, L.COMPLEMENTIZER | L.COLON)) start++;
    return reported(v, {
      speakers: [slot(v, g)],
      cue: {
        first: m.start,
        end: m.end,
        info: { class: 'report', short: false, clitic: false, full: false },
      },
      content: { first: start, end: contentEnd(v, start, to) },
      attribution: { first: lo, end: start },
      rule: 'indirect.authority',
      speakerRule: 'speaker.before-cue',
    });
  },
};
