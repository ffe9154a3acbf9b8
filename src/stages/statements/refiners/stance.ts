import { decideStance, findIn, mainClauseNegation } from '../stance.js';
import type { Refiner } from './types.js';

/** The speaker's stance, read from the cue and the first sentence of the content (see stance.ts). */
export const stance: Refiner = {
  id: 'stance',
  refine(v, candidates) {
    for (const c of candidates) {
      const d = c.draft;
      const hedges = findIn(v, v.sl.hedge, d.stanceTokens);
      // the same hedges: read once
      c.stance = decideStance(v, d.cue?.info ?? null, d.negated, d.stanceTokens, d.cue?.end ?? -1, hedges);
      c.negated = mainClauseNegation(v, d.stanceTokens, hedges) >= 0;
    }
    return candidates;
  },
};
