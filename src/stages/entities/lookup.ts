import type { Doc } from '../../domain/document.js';
import type { Entity } from '../../domain/entity.js';
import type { Lexicon } from '../../lexicon/load.js';
import { englishName } from './gazetteer/countries.js';
import { entityModel } from './model.js';
import { sharedEntities, type OrgType } from './shared.js';

/**
 * The entity named inside or across `start..end` of the text; when several are, the one with
 * the longest such mention ("Dewan Keamanan Nasional AS" before "AS").
 */
export function entityAt(doc: Pick<Doc, 'entities'>, start: number, end: number): Entity | undefined {
  let best: Entity | undefined;
  let bestLength = 0;
  for (const e of doc.entities)
    for (const m of e.mentions) {
      const touches =
        (m.start < end && start < m.end) || (start === end && m.start <= start && start < m.end);
      if (touches && m.end - m.start > bestLength) {
        best = e;
        bestLength = m.end - m.start;
      }
    }
  return best;
}

/**
 * The English name behind an id when the article holds no entity with it: "country:EG" ->
 * "Egypt", so a reader sees the country's name, never its bare code; undefined for other ids.
 */
export function nameOfId(id: string): string | undefined {
  const m = /^country:([A-Z]{2})$/.exec(id);
  return m ? englishName(m[1]!) : undefined;
}

/** ISO code of the country an entity is or belongs to: "country:KP" -> "KP", NIS -> "KR". */
export function countryOf(entity: Pick<Entity, 'id' | 'type' | 'country'>): string | undefined {
  if (entity.type === 'country') return entity.id.slice('country:'.length);
  return entity.country;
}

/**
 * An outlet or a platform: a speaker's words may travel through it, but it is never the body a
 * speaker belongs to. Shared outlets ("org:kompas") and names read as outlets ("dilansir
 * Tribunjateng.com") both are.
 */
export function isOutletEntity(entity: Pick<Entity, 'id' | 'mentions'>): boolean {
  const type = orgInfo(entity)?.type;
  return type === 'outlet' || type === 'platform' || entity.mentions.some((m) => m.rule === OUTLET_RULE);
}

/** The rule of a name read as an outlet from its cue or its web address. */
export const OUTLET_RULE = 'name.outlet';

export interface OrgInfo {
  type: OrgType;
  /** the organisation's statements are this government's: "Kremlin" -> "RU" */
  speaksFor?: string;
}

let sharedById: Map<string, OrgInfo> | null = null;

/**
 * What kind of organisation an entity is, for telling outlets and platforms from governments:
 * "org:cnn" is an outlet, "org:white-house" speaks for the US, "org:foreign-ministry:DE" for
 * Germany. Composed bodies are read with the lexicon that composed them.
 */
export function orgInfo(entity: Pick<Entity, 'id'>, lex?: Lexicon): OrgInfo | undefined {
  if (!sharedById) {
    sharedById = new Map();
    for (const o of sharedEntities().organizations)
      sharedById.set(o.id, o.speaksFor ? { type: o.type, speaksFor: o.speaksFor } : { type: o.type });
  }
  const shared = sharedById.get(entity.id);
  if (shared) return shared;
  const m = /^org:([a-z0-9-]+)(?::([A-Z]{2}))?$/.exec(entity.id);
  if (!m || !lex) return undefined;
  const body = entityModel(lex).bodiesByKey.get(m[1]!);
  if (!body) return undefined;
  return body.speaksForGovernment && m[2] ? { type: body.type, speaksFor: m[2] } : { type: body.type };
}
