import { resolveSpeakers } from '../resolve.js';
import { candidate, type Refiner } from './types.js';

/**
 * Gives every draft its speakers (see resolve.ts): one candidate per speaker, so "A dan B
 * menyatakan …" becomes two; a pronoun or clitic with no antecedent yields none.
 */
export const resolveSpeakersRefiner: Refiner = {
  id: 'resolve-speakers',
  refine: (v, candidates) =>
    resolveSpeakers(
      v,
      candidates.map((c) => c.draft),
    ).map(({ draft, speaker }) => ({ ...candidate(draft), speaker })),
};
