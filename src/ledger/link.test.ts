import { describe, expect, it } from 'vitest';
import { chooseClaim, judgeLink, scoreLink, type ClaimProfile } from './link.js';

const concepts = (...keys: string[]) => new Map(keys.map((k) => [k, 1]));
const claim = (id: number, n: number, ...keys: string[]): ClaimProfile => ({
  id,
  label: `claim ${id}`,
  profile: { '#n': n, ...Object.fromEntries(keys.map((k) => [k, n])) },
});

// "North Korean troops are in Russia", told by twenty statements
const inRussia = claim(1, 20, 'country:KP', 'country:RU', 'at:country:RU', 'p:presence', 't:troops');
// "8,000 moved to Kursk, on the border with Ukraine", started by the same article a sentence ago
const kursk = claim(
  -1,
  1,
  'country:KP',
  'country:RU',
  'country:UA',
  'at:place:kursk:RU',
  't:troops',
  'd:move',
  't:border',
);

describe('claim links', () => {
  it('needs a shared name and a shared predicate or thing', () => {
    expect(scoreLink(concepts('country:KP', 'country:RU'), inRussia.profile)).toBeNull();
    expect(scoreLink(concepts('t:troops', 'p:presence'), inRussia.profile)).toBeNull();
    expect(scoreLink(concepts('country:KP', 't:troops'), inRussia.profile)?.score).toBeGreaterThan(0.6);
  });

  it('keeps one event in one place', () => {
    const inUkraine = concepts('country:KP', 'at:country:UA', 't:troops', 'p:presence');
    expect(scoreLink(inUkraine, inRussia.profile)).toBeNull();
  });

  it('prefers the claim a statement says all of over one it says a third of', () => {
    const total = concepts('country:KP', 'country:RU', 'at:country:RU', 't:troops', 't:number');
    const choice = chooseClaim(total, [inRussia, kursk], new Set([-1]));
    expect(choice?.id).toBe(1);
  });

  it('gives the claims the article already joined a head start', () => {
    const vague = concepts('country:KP', 't:troops', 'p:presence');
    const other = claim(2, 5, 'country:KP', 't:troops', 'p:presence', 'a:special');
    expect(chooseClaim(vague, [other, inRussia], new Set([1]))?.id).toBe(1);
    expect(chooseClaim(vague, [other, inRussia], new Set())?.id).toBe(2);
  });

  it('keeps statements that name no event out of a claim about one, outside its own articles', () => {
    const escalation = claim(3, 6, 'country:KP', 'country:RU', 't:troops', 't:war', 'd:escalation');
    const denial = concepts('country:KP', 't:troops', 'p:presence', 't:war');
    expect(scoreLink(denial, escalation.profile)).toBeNull();
    expect(scoreLink(denial, escalation.profile, true)).not.toBeNull();
    expect(scoreLink(concepts('country:KP', 't:war', 'd:escalation'), escalation.profile)).not.toBeNull();
  });

  it('says which rule refused a link', () => {
    expect(judgeLink(concepts('t:troops', 'p:presence'), inRussia.profile)).toEqual({
      veto: 'no-shared-entity',
    });
    const inUkraine = concepts('country:KP', 'at:country:UA', 't:troops', 'p:presence');
    expect(judgeLink(inUkraine, inRussia.profile)).toEqual({ veto: 'other-place' });
  });

  it('takes the statement’s article being about the claim’s subject for a shared name', () => {
    // "300 more troops arrived", in an article about Russia
    const more = concepts('t:troops', 'p:presence');
    expect(scoreLink(more, inRussia.profile, false, ['country:RU'])?.score).toBeGreaterThan(0.6);
    expect(scoreLink(more, inRussia.profile, false, ['country:FR'])).toBeNull();
  });

  it('lets the same count of the same thing join a claim defined by another event', () => {
    // "412 cases since January, six of them dead" founded the claim; "412 cases, with the
    // sharpest rise in October" gives the same count and names no death
    const cases = claim(4, 1, 'place:kupang:ID', 'u:cases', 'n:cases:412', 't:case', 'd:dead');
    const rise = concepts('place:kupang:ID', 'u:cases', 'n:cases:412', 't:case', 'p:increase');
    expect(judgeLink(rise, cases.profile)).not.toHaveProperty('veto');
    const other = concepts('place:kupang:ID', 'u:cases', 'n:cases:503', 't:case', 'p:increase');
    expect(judgeLink(other, cases.profile)).toEqual({ veto: 'claim-event-missing' });
  });

  it('does not let a small count or a span of time stand for the same fact', () => {
    const deaths = claim(5, 1, 'place:kupang:ID', 'u:schools', 'n:schools:3', 'n:days:30', 'd:dead');
    const schools = concepts('place:kupang:ID', 'u:schools', 'n:schools:3', 'n:days:30', 'd:inspect');
    expect(judgeLink(schools, deaths.profile)).toEqual({ veto: 'other-event' });
  });
});
