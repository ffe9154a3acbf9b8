import type { Span } from './span.js';

export type EntityType = 'person' | 'organization' | 'country' | 'place';

/** One place in the text where an entity is named. */
export interface Mention extends Span {
  text: string;
  /** id of the rule or gazetteer that recognised it, e.g. "gazetteer.country" */
  rule: string;
}

export interface Entity {
  /** canonical id shared across languages: "country:KP", "org:nato", "person:lloyd-austin" */
  id: string;
  /** canonical English name */
  name: string;
  type: EntityType;
  mentions: Mention[];
  /** ISO 3166 alpha-2 code of the country the entity belongs to, when known */
  country?: string;
  /** [longitude, latitude] for places and countries, when known */
  coordinates?: [number, number];
}
