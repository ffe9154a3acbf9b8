import { citedSourceIn } from '../cited.js';
import type { Refiner } from './types.js';

/**
 * The outlet or platform a statement reached the article through: a citation trimmed off its
 * content (", as reported by Politico") first, else its attribution ("told CNN", "kepada CNN").
 */
export const citedOutlet: Refiner = {
  id: 'cited-outlet',
  refine: (v, candidates) =>
    candidates.map((c) => {
      const { tailCitation: tail, attribution: attr } = c.draft;
      return {
        ...c,
        citedSource:
          (tail && citedSourceIn(v, tail.first, tail.end)) ?? citedSourceIn(v, attr.first, attr.end),
      };
    }),
};
