import { describe, expect, it } from 'vitest';
import { byId, extract } from './test-helpers.js';

describe('public bodies in English', () => {
  it('reads a lower-case ministry after its country, and the country inside it', () => {
    const doc = extract("Russia's foreign ministry said the embassy was closed.", 'en');
    expect(byId(doc, 'org:foreign-ministry:RU')?.mentions[0]?.text).toBe("Russia's foreign ministry");
    expect(byId(doc, 'country:RU')?.mentions[0]?.rule).toBe('body.country.nested');
  });

  it('leaves a lone lower-case ministry alone', () => {
    const doc = extract('The foreign ministry said nothing.', 'en');
    expect(doc.entities.filter((e) => e.type === 'organization')).toEqual([]);
  });

  it('composes "the Ministry of Defence of Ukraine" and reads known bodies by their other names', () => {
    const doc = extract('The Ministry of Defence of Ukraine and the State Department spoke.', 'en');
    expect(byId(doc, 'org:defence-ministry:UA')?.name).toBe('Ministry of Defence (Ukraine)');
    expect(byId(doc, 'org:foreign-ministry:US')?.name).toBe('US State Department');
  });

  it('steps over an article between "of" and the country, as the grammar lexicon lists it', () => {
    const doc = extract('The Ministry of Health of the Philippines confirmed it.', 'en');
    expect(byId(doc, 'org:health-ministry:PH')?.mentions[0]?.text).toBe(
      'Ministry of Health of the Philippines',
    );
  });

  it("reads a body after a plural country's bare apostrophe", () => {
    const doc = extract("The Philippines' health ministry confirmed it.", 'en');
    expect(byId(doc, 'org:health-ministry:PH')).toBeDefined();
  });
});
