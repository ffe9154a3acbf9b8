import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../domain/extract-result.js';
import { affiliationOf } from './records.js';

type Entity = ExtractResult['entities'][number];
type Statement = ExtractResult['statements'][number];

/** A result holding these entities and one statement whose speaker belongs to `affiliation`. */
function said(affiliation: string, entities: Array<Partial<Entity>>): [ExtractResult, Statement] {
  const st = { speaker: { name: 'a spokesperson', affiliation } } as unknown as Statement;
  const r = {
    entities: entities.map((e) => ({ mentions: [{ start: 0, end: 1, rule: 'name.test' }], ...e })),
    statements: [st],
  } as unknown as ExtractResult;
  return [r, st];
}

describe('affiliations', () => {
  it('names a country the article never names by its name, never by its code', () => {
    expect(affiliationOf(...said('country:ET', []))).toEqual({ key: 'country:ET', name: 'Ethiopia' });
  });

  it('reads a capital as its country and another place as no affiliation', () => {
    const capital = { id: 'place:jakarta:ID', name: 'Jakarta', type: 'place', country: 'ID' } as const;
    expect(affiliationOf(...said(capital.id, [capital]))?.key).toBe('country:ID');
    const town = { id: 'place:kupang:ID', name: 'Kupang', type: 'place', country: 'ID' } as const;
    expect(affiliationOf(...said(town.id, [town]))).toBeNull();
  });

  it('gives no affiliation for a person or an outlet the words came through', () => {
    expect(affiliationOf(...said('person:budi-hartono', []))).toBeNull();
    const outlet = {
      id: 'org:suara-com',
      name: 'Suara.com',
      type: 'organization',
      mentions: [{ start: 0, end: 9, rule: 'name.outlet' }],
    } as const;
    expect(affiliationOf(...said(outlet.id, [outlet as unknown as Entity]))).toBeNull();
    const ministry = {
      id: 'org:health-ministry:ID',
      name: 'Kementerian Kesehatan',
      type: 'organization',
    } as const;
    expect(affiliationOf(...said(ministry.id, [ministry]))?.name).toBe('Kementerian Kesehatan');
  });
});
