import type { Draft } from '../draft.js';
import type { TokenView } from '../view.js';
import { participleAt } from './participle.js';
import { postCueAt } from './post-cue.js';
import { subjectCueAt } from './subject-cue.js';

/**
 * The constructions read from a reporting verb at token `i`, in the order the parser list
 * tries them: for the tail source and the relay, which look for a cue at a known place.
 */
export const cueDraft = (v: TokenView, i: number, lo: number, to: number): Draft | null =>
  subjectCueAt(v, i, lo, to) ?? participleAt(v, i, to) ?? postCueAt(v, i, lo, to);
