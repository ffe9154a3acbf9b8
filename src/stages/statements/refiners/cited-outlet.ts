import { citedSourceIn, citedSourceOf } from '../cited.js';
import type { Refiner } from './types.js';

/**
 * The outlet or platform a statement reached the article through: the relay its construction
 * names ("Menurut Kompas, X mengatakan …"), a citation trimmed off its content (", as reported by Politico") first, else its attribution ("told CNN", "kepada CNN").
 */
export const citedOutlet: Refiner = {
  id: 'cited-outlet',
  refine: (v, candidates) =>
    candidates.map((c) => {
      const { tailCitation: tail, attribution: attr, citedBy } = c.draft;
      return {
        ...c,
        citedSource:
          (citedBy && citedSourceOf(v, citedBy)) ??
          (tail && citedSourceIn(v, tail.first, tail.end)) ??
          citedSourceIn(v, attr.first, attr.end),
      };
    }),
};
