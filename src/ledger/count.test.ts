import { describe, expect, it } from 'vitest';
import { sameCount } from './count.js';
import type { ClaimProfile } from './link.js';

const concepts = (...keys: string[]) => new Map(keys.map((k) => [k, 1]));
const claim = (id: number, n: number, ...keys: string[]): ClaimProfile => ({
  id,
  label: `claim ${id}`,
  profile: { '#n': n, ...Object.fromEntries(keys.map((k) => [k, n])) },
});

// "the town counted 300 flu cases by Friday", told by three statements
const fluCases = claim(7, 3, 'place:lakeview', 'u:cases', 'n:cases:300', 't:case', 't:disease');

describe('a count on a claim’s timeline', () => {
  it('joins a later count of the same thing about the same place, whatever the number', () => {
    const later = concepts('place:lakeview', 'u:cases', 'n:cases:420', 't:number');
    const choice = sameCount(later, [fluCases]);
    expect(choice?.id).toBe(7);
    expect(choice?.matched).toEqual(expect.arrayContaining(['u:cases', 'place:lakeview']));
  });

  it('takes the article’s topic as the subject when the statement names none', () => {
    const later = concepts('u:cases', 'n:cases:420');
    expect(sameCount(later, [fluCases])).toBeNull();
    expect(sameCount(later, [fluCases], ['place:lakeview'])?.id).toBe(7);
  });

  it('keeps counts of two events apart', () => {
    const dead = claim(8, 2, 'place:lakeview', 'u:people', 'd:dead');
    const displaced = concepts('place:lakeview', 'u:people', 'n:people:4000', 'd:displaced');
    expect(sameCount(displaced, [dead])).toBeNull();
  });

  it('does not join on a different unit', () => {
    const beds = concepts('place:lakeview', 'u:beds', 'n:beds:40');
    expect(sameCount(beds, [fluCases])).toBeNull();
  });
});
