import { decideStance, mainClauseNegation } from '../stance.js';
import type { Refiner } from './types.js';

/** The speaker's stance, read from the cue and the first sentence of the content (see stance.ts). */
export const stance: Refiner = {
  id: 'stance',
  refine: (v, candidates) =>
    candidates.map((c) => {
      const d = c.draft;
      const hedges = v.sl.hedge.findAll(v.toks, d.stanceTokens.first, d.stanceTokens.end);
      return {
        ...c,
        stance: decideStance(v, d.cue?.info ?? null, d.negated, d.stanceTokens),
        negated: mainClauseNegation(v, d.stanceTokens, hedges) >= 0,
      };
    }),
};
