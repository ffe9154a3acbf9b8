import { describe, expect, it } from 'vitest';
import { extract, mentionTexts } from './test-helpers.js';

const placeIds = (text: string, lang: string): string[] =>
  extract(text, lang)
    .entities.filter((e) => e.type === 'place')
    .map((e) => e.id);

describe('Russian and Ukrainian place names', () => {
  it('gives a world city written in Cyrillic, in any case, the id of its English name', () => {
    const en = placeIds('Talks were held in Tokyo and then in Kyiv.', 'en');
    expect(en).toHaveLength(2);
    expect(placeIds('Переговоры прошли в Токио, затем делегация вылетела из Киева.', 'ru')).toEqual(en);
    expect(placeIds('Переговори відбулися в Токіо, потім делегація вилетіла з Києва.', 'uk')).toEqual(en);
  });

  it('reads a name after a lower-case place noun ("реку", "острова") as a place, without the noun', () => {
    const doc = extract('Экспедиция пересекла реку Ханчуга и достигла острова Мервель.', 'ru');
    const places = doc.entities.filter((e) => e.type === 'place').flatMap((e) => e.mentions);
    expect(places.map((m) => doc.text.slice(m.start, m.end))).toEqual(['Ханчуга', 'Мервель']);
  });

  it('reads a capitalised adjective or participle that opens a phrase as no name', () => {
    expect(mentionTexts(extract('Римской армии пришлось отступить.', 'ru'))).toEqual([]);
    expect(mentionTexts(extract('Спешивший отряд вернулся в лагерь.', 'ru'))).toEqual([]);
  });
});
