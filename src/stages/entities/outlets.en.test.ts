import { describe, expect, it } from 'vitest';
import { isOutletEntity } from './lookup.js';
import { byId, extract } from './test-helpers.js';

describe('outlets in English', () => {
  it('reads a name after "the newspaper" as an outlet, not a person', () => {
    const doc = extract('The newspaper Harbourview said the mill would close.', 'en');
    const outlet = byId(doc, 'org:harbourview');
    expect(outlet?.type).toBe('organization');
    expect(outlet && isOutletEntity(outlet)).toBe(true);
  });

  it('reads a name with a web address as an outlet', () => {
    const doc = extract('Kabarkini.co.id reported that the plant had closed.', 'en');
    expect(byId(doc, 'org:kabarkini-co-id')?.mentions[0]?.text).toBe('Kabarkini.co.id');
  });

  it('knows the outlets the statements stage cites as outlets', () => {
    const doc = extract('The Korea Herald reported that the Chosun Ilbo had it wrong.', 'en');
    expect(isOutletEntity(byId(doc, 'org:korea-herald')!)).toBe(true);
    expect(isOutletEntity(byId(doc, 'org:chosun-ilbo')!)).toBe(true);
  });
});
