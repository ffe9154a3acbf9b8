import type { EntityType } from '../../domain/entity.js';
import type { Shape } from './shape.js';

/** What a lexicon name stands for. */
export interface Target {
  id: string;
  /** canonical English name */
  name: string;
  type: EntityType;
  country?: string;
  coordinates?: [number, number];
  rule: string;
}

/** One way of writing a target: the name's shape, and whether it needs a cue before it. */
export interface Form {
  target: Target;
  shape: Shape;
  /** only after a source cue: "X" in "platform media sosial X", "Antara" in "dikutip dari Antara" */
  cued: boolean;
  /** tie-break among targets written alike: people, then organisations, countries, places */
  rank: number;
}

export const RANK: Record<EntityType, number> = { person: 4, organization: 3, country: 2, place: 1 };
