import { describe, expect, it } from 'vitest';
import { EN_ARTICLE } from './fixtures/en-article.js';
import { byId, extract, mentionTexts } from './test-helpers.js';

const doc = extract(EN_ARTICLE, 'en');

describe('entities in an English article', () => {
  it('reads "North Korea", "DPRK" and the adjective "North Korean" as one country', () => {
    const kp = byId(doc, 'country:KP');
    expect(kp?.mentions.map((m) => [m.text, m.rule])).toEqual([
      ['North Korean', 'demonym'],
      ['DPRK', 'gazetteer.country'],
      ['North Korea', 'gazetteer.country.cldr'],
    ]);
  });

  it('composes "Germany\'s Foreign Ministry" into the same id as its Indonesian name', () => {
    const fm = byId(doc, 'org:foreign-ministry:DE');
    expect(fm).toMatchObject({ name: 'German Foreign Office', country: 'DE' });
    expect(fm?.mentions[0]?.text).toBe("Germany's Foreign Ministry");
  });

  it('composes a body named with a nationality adjective', () => {
    const nis = byId(doc, 'org:national-intelligence-service:KR');
    expect(nis?.mentions[0]?.text).toBe('South Korean National Intelligence Service');
    expect(byId(doc, 'org:national-security-council:US')?.mentions[0]?.text).toBe(
      'U.S. National Security Council',
    );
  });

  it('keeps a surname said alone as the person introduced in full', () => {
    expect(byId(doc, 'person:lloyd-austin')?.mentions.map((m) => m.text)).toEqual(['Lloyd Austin', 'Austin']);
    expect(byId(doc, 'person:helena-marsh')?.mentions.map((m) => m.text)).toEqual(['Helena Marsh', 'Marsh']);
  });

  it('reads known people under their other spellings', () => {
    expect(byId(doc, 'person:volodymyr-zelenskyy')?.mentions[0]?.text).toBe('Volodymyr Zelensky');
  });

  it('reads "Kiev" and "Kyiv" as one city', () => {
    expect(byId(doc, 'place:kyiv:UA')?.mentions.map((m) => m.text)).toEqual(['Kiev', 'Kyiv']);
    expect(byId(doc, 'place:moscow:RU')).toBeDefined();
    expect(byId(doc, 'place:vladivostok:RU')).toBeDefined();
  });

  it('knows organisations that speak for governments', () => {
    expect(byId(doc, 'org:white-house')).toBeDefined();
    expect(byId(doc, 'org:kremlin')).toBeDefined();
    expect(byId(doc, 'org:un')?.mentions[0]?.text).toBe('UN');
  });

  it('reads X as the platform after "on" only', () => {
    expect(byId(doc, 'org:x')?.mentions).toHaveLength(1);
  });

  it('makes no entity of sentence-opening function words or headline capitals', () => {
    const texts = mentionTexts(doc);
    for (const w of ['However', 'The', 'Agree', 'Step', 'Patrols', 'According'])
      expect(texts).not.toContain(w);
  });

  it('points every mention at its text', () => {
    for (const e of doc.entities)
      for (const m of e.mentions) expect(EN_ARTICLE.slice(m.start, m.end)).toBe(m.text);
  });
});
