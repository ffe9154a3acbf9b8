import { describe, expect, it } from 'vitest';
import { byId, extract, mentionTexts } from './test-helpers.js';

describe('common English words capitalised where capitals say nothing', () => {
  it('reads a headline verb as the word the body writes in lower case', () => {
    const doc = extract(
      'Mill Closes as Kencana cuts jobs\n\nThe mill closes on Monday, and the company said more jobs would go.',
      'en',
    );
    expect(mentionTexts(doc).some((m) => m.includes('Closes'))).toBe(false);
  });

  it('does not read an opening participle or preposition as a name', () => {
    const doc = extract('Speaking on Monday, Hendricks said the plan was dropped.', 'en');
    expect(mentionTexts(doc)).toEqual(['Hendricks']);
    const amid = extract('Amid rising cases, Okonkwo said the clinics were full.', 'en');
    expect(mentionTexts(amid)).toEqual(['Okonkwo']);
  });

  it('reads no entity from a time zone written like a country code', () => {
    const doc = extract('The agency said at 10 a.m. ET that the outbreak was an emergency.', 'en');
    expect(mentionTexts(doc)).not.toContain('ET');
  });

  it('gives an official of an international body no country of his own', () => {
    const doc = extract('Tedros Adhanom Ghebreyesus said the risk was high.', 'en');
    expect(byId(doc, 'person:tedros-adhanom-ghebreyesus')?.country).toBeUndefined();
  });
});
