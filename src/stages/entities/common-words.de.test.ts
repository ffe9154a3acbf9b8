import { describe, expect, it } from 'vitest';
import { extract, mentionTexts } from './test-helpers.js';

describe('German capitalised common nouns', () => {
  it('does not join a common noun and a name through "von"', () => {
    const doc = extract('Die Region hat große Vorkommen von Kupfer und Zinn im Norden von Chile.', 'de');
    expect(mentionTexts(doc).some((m) => m.includes('Vorkommen'))).toBe(false);
  });

  it('still joins a given name and a surname through "von"', () => {
    const doc = extract('Im Jahr 1871 wurde Otto von Bismarck zum Reichskanzler ernannt.', 'de');
    expect(mentionTexts(doc)).toContain('Otto von Bismarck');
  });

  it('reads the noun of a fixed prepositional phrase as no place', () => {
    const doc = extract('In Bezug auf die Steuern gab es im Parlament keinen Streit.', 'de');
    expect(mentionTexts(doc)).not.toContain('Bezug');
  });

  it('reads an opening adverb as no name', () => {
    const doc = extract('Tatsächlich wurde der Vertrag nie unterschrieben.', 'de');
    expect(mentionTexts(doc)).toEqual([]);
  });
});
