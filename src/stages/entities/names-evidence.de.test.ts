import { describe, expect, it } from 'vitest';
import { byId, extract, mentionTexts } from './test-helpers.js';

describe('German names of places the lexicon writes as exonyms', () => {
  it('reads a German name of a shared place as that place', () => {
    const doc = extract('Im Frühjahr trat die Donau bei Hochwasser über die Ufer.', 'de');
    expect(byId(doc, 'place:danube')?.mentions.map((m) => m.text)).toEqual(['Donau']);
  });

  it('reads a German name of a world city as that city', () => {
    const doc = extract('Die Delegation reiste danach weiter nach Kairo.', 'de');
    expect(doc.entities.find((e) => e.mentions.some((m) => m.text === 'Kairo'))?.name).toBe('Cairo');
  });
});

describe('German compass words written onto a place', () => {
  it('reads a compass word and a known country as a place of its own', () => {
    const doc = extract('Der Winter in Nordalgerien ist mild und feucht.', 'de');
    const part = doc.entities.find((e) => e.mentions.some((m) => m.text === 'Nordalgerien'));
    expect(part?.type).toBe('place');
    expect(part?.id).not.toBe('country:DZ');
  });

  it('reads a compass word and an unknown word as no place', () => {
    expect(mentionTexts(extract('Der Wind kam an jenem Tag aus Nordwesten.', 'de'))).toEqual([]);
  });
});

describe('German place nouns before a name', () => {
  it('reads the name after a place noun as a place, the noun left out', () => {
    const doc = extract('Die Fischer wohnten auf der Insel Varnholm und im Kreis Oderbach.', 'de');
    const places = doc.entities
      .filter((e) => e.type === 'place')
      .flatMap((e) => e.mentions.map((m) => m.text));
    expect(places).toEqual(expect.arrayContaining(['Varnholm', 'Oderbach']));
    expect(mentionTexts(doc).some((m) => m.includes('Insel') || m.includes('Kreis'))).toBe(false);
  });
});

describe('German names in the genitive before their noun', () => {
  it('reads the genitive as the name alone, not with its noun', () => {
    const doc = extract('Die Kritiker lobten vor allem Marlows Roman über den Krieg.', 'de');
    expect(doc.entities.find((e) => e.mentions.some((m) => m.text === 'Marlows'))?.type).toBe('person');
    expect(mentionTexts(doc).some((m) => m.includes('Roman'))).toBe(false);
  });

  it('reads a determiner before a noun as no name', () => {
    const doc = extract('Sie sagte: „Jedes Kapitel erzählt eine neue Geschichte.“', 'de');
    expect(mentionTexts(doc)).toEqual([]);
  });
});

describe('German lone surnames', () => {
  it('reads a lone surname before a verb as the person named in full earlier', () => {
    const doc = extract(
      'Der Ingenieur Jonas Wettler baute die Brücke. Danach plante Wettler einen Tunnel.',
      'de',
    );
    const person = doc.entities.find((e) => e.mentions.some((m) => m.text === 'Jonas Wettler'));
    expect(person?.mentions.map((m) => m.text)).toEqual(['Jonas Wettler', 'Wettler']);
  });

  it('leaves a lone capital no full name explains unread', () => {
    const doc = extract('Danach plante Wettler einen Tunnel durch den Berg.', 'de');
    expect(mentionTexts(doc)).toEqual([]);
  });
});

describe('German organisations named by a keyword after an adjective', () => {
  it('reads an adjective and a railway keyword as an organisation, at a sentence start or not', () => {
    for (const text of [
      'Deutsche Bahn strich am Montag mehrere Verbindungen.',
      'Am Montag strich die Deutsche Bahn mehrere Verbindungen.',
    ]) {
      const rail = extract(text, 'de').entities.find((e) => e.name === 'Deutsche Bahn');
      expect(rail?.type, text).toBe('organization');
    }
  });

  it('reads the keyword alone as no name', () => {
    expect(mentionTexts(extract('Die Bahn fuhr am Montag nicht.', 'de'))).toEqual([]);
  });
});
