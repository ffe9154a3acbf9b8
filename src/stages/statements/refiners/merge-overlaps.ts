import type { Draft } from '../draft.js';
import type { Refiner } from './types.js';

// the words a draft gives its speakers: a named group, or the pronoun or clitic that implies one
const speakersKey = (d: Draft): string =>
  d.speakers
    .map((s) => (s.groups ? s.groups.map((g) => `${g.first}-${g.last}`).join('+') : `@${s.implied}`))
    .join('|');

/**
 * Two parsers that read the same words as the same statement by the same speakers propose it
 * twice: the first, in parser order, is kept. The same span with other speakers is another
 * statement ("X cited Y as saying …" is said by Y and relayed by X).
 */
export const mergeOverlaps: Refiner = {
  id: 'merge-overlaps',
  refine(_v, candidates) {
    const seen = new Set<string>();
    return candidates.filter(({ draft: d }) => {
      const key = `${d.span.start}:${d.span.end}:${speakersKey(d)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
};
