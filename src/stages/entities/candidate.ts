import type { Target } from './target.js';

/** A proposed mention, in token positions of one sentence's view. */
export interface Candidate {
  sentence: number;
  start: number;
  end: number;
  target: Target;
  /** id of the rule that proposed it */
  rule: string;
  /** 1 for names the lexicon knows or composes, 2 for names read from capitals and cues */
  phase: 1 | 2;
  /** breaks ties between overlapping candidates of one length: known names beat composed ones */
  priority: number;
  /** kept only if coreference ties it to a full name: a lone capitalised word opening a sentence */
  weak?: boolean;
  /** a mention inside another kept one: the country in "Kementerian Luar Negeri Jerman" */
  nested?: boolean;
}

export const length = (c: Candidate): number => c.end - c.start;

/** Ties between overlapping candidates of one length go to the surer source. */
export const PRIORITY = { known: 10, body: 6, keyword: 5, name: 3, city: 2, guess: 1 } as const;
