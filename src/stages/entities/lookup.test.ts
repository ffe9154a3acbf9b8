import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../lexicon/load.js';
import { countryOf, entityAt, nameOfId, orgInfo } from './lookup.js';
import { byId, extract } from './test-helpers.js';

const text = 'Juru bicara Dewan Keamanan Nasional AS, John Kirby, mengatakan Kremlin belum menjawab.';
const doc = extract(text, 'id');

describe('entity lookups for later stages', () => {
  it('finds the entity named across a range, longest mention first', () => {
    const start = text.indexOf('Dewan');
    expect(entityAt(doc, start, text.indexOf(',')))?.toMatchObject({
      id: 'org:national-security-council:US',
    });
    expect(entityAt(doc, text.indexOf('AS'), text.indexOf('AS') + 2)?.id).toBe(
      'org:national-security-council:US',
    );
    expect(entityAt(doc, text.indexOf('Kirby'), text.indexOf('Kirby') + 1)?.id).toBe('person:john-kirby');
    expect(entityAt(doc, 0, 4)).toBeUndefined();
  });

  it('tells the country an entity is or belongs to', () => {
    expect(countryOf(byId(doc, 'country:US')!)).toBe('US');
    expect(countryOf(byId(doc, 'org:national-security-council:US')!)).toBe('US');
    expect(countryOf({ id: 'person:someone', type: 'person' })).toBeUndefined();
  });

  it('tells outlets, platforms and government voices apart', () => {
    const lex = loadLexicon('id');
    expect(orgInfo({ id: 'org:kremlin' })).toEqual({ type: 'government', speaksFor: 'RU' });
    expect(orgInfo({ id: 'org:cnn' })?.type).toBe('outlet');
    expect(orgInfo({ id: 'org:x' })?.type).toBe('platform');
    expect(orgInfo({ id: 'org:foreign-ministry:FR' }, lex)).toEqual({ type: 'government', speaksFor: 'FR' });
    expect(orgInfo({ id: 'org:parliament:FR' }, lex)).toEqual({ type: 'legislature' });
    expect(orgInfo({ id: 'org:unknown-body' }, lex)).toBeUndefined();
  });

  it('names a country id by the country, never by its code', () => {
    expect(nameOfId('country:EG')).toBe('Egypt');
    expect(nameOfId('country:ET')).toBe('Ethiopia');
    expect(nameOfId('org:who')).toBeUndefined();
  });
});
