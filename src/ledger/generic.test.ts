import { describe, expect, it } from 'vitest';
import { discountedWeight, genericKeys } from './generic.js';
import { chooseClaim, type ClaimProfile } from './link.js';

const concepts = (...keys: string[]) => new Map(keys.map((k) => [k, 1]));
const claim = (id: number, ...keys: string[]): ClaimProfile => ({
  id,
  label: `claim ${id}`,
  profile: { '#n': 2, ...Object.fromEntries(keys.map((k) => [k, 2])) },
});

// four claims of one dengue story: every one names the country and the disease
const story = [
  claim(1, 'country:BD', 't:disease', 'u:cases'),
  claim(2, 'country:BD', 't:disease', 't:hospital'),
  claim(3, 'country:BD', 't:disease', 'd:declare', 't:emergency'),
  claim(4, 'country:BD', 't:disease', 't:shortage'),
];

describe('generic keys', () => {
  it('are the keys most of the claims a statement meets hold', () => {
    const cores = story.map((c) => new Set(Object.keys(c.profile)));
    const g = genericKeys(['country:BD', 't:disease', 't:hospital'], cores);
    expect([...g].sort()).toEqual(['country:BD', 't:disease']);
    expect(genericKeys(['country:BD'], cores.slice(0, 2)).size).toBe(0);
    expect(discountedWeight(['country:BD', 't:hospital'], g)).toBeLessThan(2);
  });

  it('keep a statement that shares only the story from joining a claim', () => {
    // "the patients were turned away", about Bangladesh and dengue, shares nothing else with claim 1
    const vague = concepts('country:BD', 't:disease', 't:patient');
    expect(chooseClaim(vague, [story[0]!])?.id).toBe(1);
    expect(chooseClaim(vague, story)).toBeNull();
    // "the hospitals are full" shares what it says with claim 2
    const full = concepts('country:BD', 't:disease', 't:hospital');
    expect(chooseClaim(full, story)?.id).toBe(2);
  });
});
