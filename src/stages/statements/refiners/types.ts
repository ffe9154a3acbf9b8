import type { DateRef } from '../../../domain/date-ref.js';
import type { Figure } from '../../../domain/figure.js';
import type { CitedSource, Speaker } from '../../../domain/statement.js';
import type { Draft } from '../draft.js';
import type { StanceDecision } from '../stance.js';
import type { TokenView } from '../view.js';

/** A draft on its way to a statement: each refiner fills in what it decides. */
export interface Candidate {
  draft: Draft;
  speaker: Speaker | null;
  stance: StanceDecision | null;
  /** the main clause of the content is negated ("tidak ada", "did not") */
  negated: boolean;
  citedSource: CitedSource | null;
  figures: Figure[];
  dates: DateRef[];
}

/** One step after the parsers, over every candidate of the article at once. */
export interface Refiner {
  id: string;
  refine(v: TokenView, candidates: Candidate[]): Candidate[];
}

export const candidate = (draft: Draft): Candidate => ({
  draft,
  speaker: null,
  stance: null,
  negated: false,
  citedSource: null,
  figures: [],
  dates: [],
});
