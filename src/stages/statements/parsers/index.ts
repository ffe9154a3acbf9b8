/**
 * @module The constructions the statements stage understands, in the order they are tried.
 * Article parsers read first and claim their tokens (quotations, the headline); then, in each
 * sentence, an attribution closing the sentence; then, at each unread token, the first token
 * parser that reads a draft.
 */
import { accordingAfterParser } from './according-after.js';
import { accordingRelativeParser } from './according-relative.js';
import { accordingTo } from './according-to.js';
import { asClause } from './as-clause.js';
import { authority } from './authority.js';
import { bracket } from './bracket.js';
import { citingFront } from './citing-front.js';
import { cleft } from './cleft.js';
import { continuation } from './continuation.js';
import { coordinated } from './coordinated.js';
import { documentSubject } from './document-subject.js';
import { frontedPronoun } from './fronted-pronoun.js';
import { headlineAccording } from './headline-according.js';
import { headlineColon } from './headline-colon.js';
import { headlineTitleCue } from './headline-title-cue.js';
import { issuedParticiple } from './issued-participle.js';
import { locativeSource } from './locative-source.js';
import { midInverted } from './mid-inverted.js';
import { nested } from './nested.js';
import { parenthetical } from './parenthetical.js';
import { participle } from './participle.js';
import { passive } from './passive.js';
import { passiveFront } from './passive-front.js';
import { postCue } from './post-cue.js';
import { proDropFront } from './pro-drop-front.js';
import { promiseInfinitive } from './promise-infinitive.js';
import { quote } from './quote.js';
import { recordFrontParser } from './record-front.js';
import { reportedMood, reportedMoodLeftover } from './reported-mood.js';
import { resumptive } from './resumptive.js';
import { speechAct } from './speech-act.js';
import { splitCue } from './split-cue.js';
import { splitObject } from './split-object.js';
import { refusal } from './refusal.js';
import { refusalFramed } from './refusal-framed.js';
import { relaySource } from './relay-source.js';
import { subjectCue } from './subject-cue.js';
import { tailBody } from './tail-body.js';
import { tailSource } from './tail-source.js';
import type { Parser } from './types.js';
import { quoteVerbFinal, verbFinal } from './verb-final.js';
import { verbFinalUnmarked } from './verb-final-unmarked.js';
import { channelPassive } from './channel-passive.js';
import { refusalSplit } from './refusal-split.js';
import { auxiliaryInitial } from './auxiliary-initial.js';
import { dashInverted } from './dash-inverted.js';
import { verbInitial } from './verb-initial.js';

export const PARSERS: readonly Parser[] = [
  quoteVerbFinal,
  quote,
  headlineColon,
  headlineTitleCue,
  headlineAccording,
  verbFinal,
  verbFinalUnmarked,
  channelPassive,
  resumptive,
  cleft,
  tailSource,
  tailBody,
  continuation,

  reportedMood,
  nested,
  citingFront,
  accordingTo,
  accordingRelativeParser,
  asClause,
  accordingAfterParser,
  recordFrontParser,
  passive,
  passiveFront,
  proDropFront,
  splitCue,
  splitObject,
  bracket,
  refusalFramed,
  relaySource,
  auxiliaryInitial,
  verbInitial,
  locativeSource,
  refusal,
  refusalSplit,
  documentSubject,
  issuedParticiple,
  promiseInfinitive,
  speechAct,
  subjectCue,
  frontedPronoun,
  participle,
  postCue,
  dashInverted,
  parenthetical,
  midInverted,
  coordinated,
  authority,
  reportedMoodLeftover,
];
