/**
 * @module What happens to the parsers' drafts, in order: duplicates merged, clauses joined
 * by "and that" split, speakers resolved
 * (pronouns, clitics, pointers, coordinated subjects), stance read, the outlet a statement was
 * relayed through named, figures and dates attached.
 */
import { attachFiguresDates } from './attach-figures-dates.js';
import { citedOutlet } from './cited-outlet.js';
import { mergeOverlaps } from './merge-overlaps.js';
import { participleStance } from './participle-stance.js';
import { quotedFragments } from './quoted-fragments.js';
import { resolveSpeakersRefiner } from './resolve-speakers.js';
import { splitCoordinatedClauses } from './split-coordinated-clauses.js';
import { stance } from './stance.js';
import type { Refiner } from './types.js';

export const REFINERS: readonly Refiner[] = [
  mergeOverlaps,
  splitCoordinatedClauses,
  resolveSpeakersRefiner,
  quotedFragments,
  stance,
  participleStance,
  citedOutlet,
  attachFiguresDates,
];
