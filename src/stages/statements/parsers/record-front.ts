/**
 * A preposition before a record ("figures", "reports", "Angaben", "Informationen") makes the
 * record's owner the source of the clause (grammar.recordPrepositions): the owner after the
 * record, the compound's first part, or, for a record alone, the source before.
 *   de  "Nach Polizeiangaben war der Fahrer betrunken."
 *       "Nach einem Bericht der Zeitung ist der Konzern ins Minus gerutscht."
 *       "Neben dem Anführer wurden nach Medienberichten weitere Teilnehmer festgenommen."
 */
import { contentEnd } from '../content.js';
import type { Draft } from '../draft.js';
import { L } from '../labels.js';
import { speakerAfter } from '../speaker.js';
import { has, type TokenView } from '../view.js';
import { adjective, isRecord, recordSource } from './according-after.js';
import { reported, SAY, slot } from './clause.js';
import { clauseSubject } from './clause-subject.js';
import type { Parser } from './types.js';

/** The most words between the preposition and its record: "einem ersten vorläufigen". */
const BEFORE_RECORD = 3;

/** The record phrase after the preposition at `i`: its last token and its source. */
function recordPhrase(v: TokenView, i: number, to: number) {
  let r = i + 1;
  while (r < Math.min(to, i + 1 + BEFORE_RECORD) && !isRecord(v, r) && adjective(v, r)) r++;
  if (r >= to || !isRecord(v, r)) return null;
  // the owner after the record: "Angaben der Polizei", "Angaben von Augenzeugen", "Aussagen Gordons"
  const next = r + 1;
  // a compound names its owner itself: "laut ai-Bericht eine hohe Zahl" has no owner after
  const compound = !v.sl.recordNouns.has(v.toks[r]!.norm);
  const owned =
    !compound &&
    next < to &&
    (has(v, next, L.CONNECTOR) ||
      v.sl.data.grammar.articles.includes(v.toks[next]!.norm) ||
      has(v, next, L.PERSON | L.ORG | L.COUNTRY));
  if (owned) {
    // an owner not read ("Angaben des „Kicker“") is no reason to read the record alone
    const groups = speakerAfter(v, has(v, next, L.CONNECTOR) ? next + 1 : next, to);
    return groups
      ? { last: groups[groups.length - 1]!.last, speaker: slot(v, groups), implied: false, reflexive: false }
      : null;
  }
  const rec = recordSource(v, i + 1, r, true);
  if (!rec) return null;
  let reflexive = false;
  for (let k = i + 1; k < r && !reflexive; k++) reflexive = v.sl.reflexiveOwners.has(v.toks[k]!.norm);
  return { last: r, speaker: rec.speaker, implied: rec.implied, reflexive };
}

/**
 * "Nach eigenen Angaben hat die Firma …", "Die Firma hat nach eigenen Angaben …": a reflexive
 * owner is the clause's subject, after the finite verb when the phrase opens the sentence.
 */
function reflexiveSubject(v: TokenView, i: number, lo: number, start: number, to: number) {
  if (i > lo) return clauseSubject(v, lo, i, false);
  const groups = start + 1 < to ? speakerAfter(v, start + 1, to) : null;
  return groups && groups[0]!.first === start + 1 ? groups : null;
}

export function recordFront(v: TokenView, i: number, lo: number, to: number): Draft | null {
  if (!v.sl.recordPrepositions.has(v.toks[i]!.norm)) return null;
  const p = recordPhrase(v, i, to);
  if (!p || p.last + 1 >= to) return null;
  const cue = { first: i, end: i + 1, info: SAY };
  const named = p.last + 1;
  if (p.reflexive) {
    const front = i === lo || (i === lo + 1 && has(v, lo, L.CONNECTIVE));
    const subject = reflexiveSubject(v, front ? lo : i, lo, has(v, named, L.COMMA) ? named + 1 : named, to);
    if (!subject) return null;
    p.speaker = slot(v, subject);
    p.implied = false;
  }
  const speakerRule = p.implied ? 'speaker.clitic-previous' : 'speaker.after-cue';
  // "Nach Polizeiangaben war …": the phrase opens the sentence, the clause follows it
  if (i === lo || (i === lo + 1 && has(v, lo, L.CONNECTIVE))) {
    const start = has(v, named, L.COMMA) ? named + 1 : named;
    if (start >= to) return null;
    return reported(v, {
      speakers: [p.speaker],
      cue,
      content: { first: start, end: contentEnd(v, start, to) },
      attribution: { first: i, end: start },
      rule: 'indirect.record-front',
      speakerRule,
    });
  }
  // "… wurden nach Medienberichten weitere festgenommen": the whole clause is the record's
  if (has(v, i - 1, L.COMMA) || i <= lo) return null;
  return reported(v, {
    speakers: [p.speaker],
    cue,
    content: { first: lo, end: contentEnd(v, lo, to) },
    attribution: { first: i, end: named },
    rule: 'indirect.record-inline',
    speakerRule,
  });
}

export const recordFrontParser: Parser = {
  rule: 'indirect.record-front',
  scope: 'token',
  needs: ['recordPrepositions'],
  parse: ({ v, i, lo, to }) => (v.sl.recordPrepositions.size ? recordFront(v, i, lo, to) : null),
};
