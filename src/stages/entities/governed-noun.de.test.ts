import { describe, expect, it } from 'vitest';
import { extract, mentionTexts } from './test-helpers.js';

describe('German common nouns beside names', () => {
  it('leaves a governed noun out of the person named after it', () => {
    const doc = extract('Im Sommer besuchte sie den Nachbarn Thomas Bauer in der Klinik.', 'de');
    expect(mentionTexts(doc)).toContain('Thomas Bauer');
    expect(mentionTexts(doc).some((m) => m.includes('Nachbarn'))).toBe(false);
  });

  it('leaves an inflected noun out of the place named after it', () => {
    const doc = extract('Der Sturm richtete in Teilen Oberfrankens schwere Schäden an.', 'de');
    expect(mentionTexts(doc).some((m) => m.includes('Teilen'))).toBe(false);
  });

  it('keeps the first word of a city governed by a preposition', () => {
    const doc = extract('Die Familie zog im Jahr 1990 nach Los Angeles um.', 'de');
    expect(mentionTexts(doc)).toContain('Los Angeles');
  });
});

describe('German adjective and noun phrases', () => {
  it('reads a capitalised adjective and noun opening a sentence as no name', () => {
    const doc = extract('Schwedische Wanderkarten zeigen die Pfade sehr genau.', 'de');
    expect(mentionTexts(doc)).toEqual([]);
  });

  it('still reads a ruler with a regnal number as a person', () => {
    const doc = extract('Damals herrschte der Pharao Sethos I über das Land.', 'de');
    expect(mentionTexts(doc).some((m) => m.includes('Sethos I'))).toBe(true);
  });

  it('names a sea and an ocean by their keyword', () => {
    const doc = extract('Die Schiffe fuhren vom Roten Meer in den Indischen Ozean.', 'de');
    expect(mentionTexts(doc)).toEqual(expect.arrayContaining(['Roten Meer', 'Indischen Ozean']));
  });

  it('names an office by its keyword after an adjective', () => {
    const doc = extract('Das Auswärtige Amt riet am Montag von Reisen in die Region ab.', 'de');
    const office = doc.entities.find((e) => e.mentions.some((m) => m.text === 'Auswärtige Amt'));
    expect(office?.type).toBe('organization');
  });
});
