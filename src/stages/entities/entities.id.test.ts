import { describe, expect, it } from 'vitest';
import { ID_ARTICLE } from './fixtures/id-article.js';
import { byId, extract, mentionTexts } from './test-helpers.js';

const doc = extract(ID_ARTICLE, 'id');

describe('entities in an Indonesian article', () => {
  it('reads every form of a country as one entity with its ISO id', () => {
    const kp = byId(doc, 'country:KP');
    expect(kp?.name).toBe('North Korea');
    expect(kp?.mentions.map((m) => m.text).sort()).toEqual(['Korea Utara', 'Korut']);
    expect(byId(doc, 'country:US')?.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['AS', 'Amerika Serikat']),
    );
    expect(byId(doc, 'country:KP')?.coordinates).toHaveLength(2);
  });

  it('composes a ministry with its country into one cross-language organisation', () => {
    const mod = byId(doc, 'org:defence-ministry:JP');
    expect(mod).toMatchObject({ type: 'organization', country: 'JP', name: 'Ministry of Defence (Japan)' });
    expect(mod?.mentions[0]?.text).toBe('Kementerian Pertahanan Jepang');
    expect(byId(doc, 'country:JP')?.mentions.map((m) => m.text)).toContain('Jepang');
  });

  it('knows bodies that speak for a government by their Indonesian names', () => {
    expect(byId(doc, 'org:white-house')?.mentions[0]?.text).toBe('Gedung Putih');
    expect(byId(doc, 'org:national-security-council:US')?.name).toBe('US National Security Council');
    expect(byId(doc, 'org:un')?.mentions[0]?.text).toBe('PBB');
  });

  it('reads a person from a title and keeps the surname alone as the same person, not the city', () => {
    const austin = byId(doc, 'person:lloyd-austin');
    expect(austin?.mentions.map((m) => m.text)).toEqual(['Lloyd Austin', 'Austin']);
    expect(doc.entities.some((e) => e.type === 'place' && e.name === 'Austin')).toBe(false);
  });

  it('reads an unknown person from a given name and joins the later surname to her', () => {
    const farida = byId(doc, 'person:farida-hasanah');
    expect(farida?.type).toBe('person');
    expect(farida?.mentions.map((m) => m.text)).toEqual(['Farida Hasanah', 'Hasanah']);
  });

  it('finds cities by their Indonesian exonym, with coordinates', () => {
    const moscow = byId(doc, 'place:moscow:RU');
    expect(moscow?.mentions[0]?.text).toBe('Moskwa');
    expect(moscow?.coordinates?.[1]).toBeGreaterThan(55);
    expect(byId(doc, 'place:manila:PH')).toBeDefined();
  });

  it('finds regions, seas, islands and keyword places', () => {
    expect(byId(doc, 'place:europe')?.mentions[0]?.text).toBe('Eropa');
    expect(byId(doc, 'place:indo-pacific')).toBeDefined();
    expect(byId(doc, 'place:south-china-sea')).toBeDefined();
    expect(byId(doc, 'place:natuna')?.mentions[0]?.text).toBe('Pulau Natuna');
    expect(byId(doc, 'place:merapi')?.mentions[0]?.text).toBe('Gunung Merapi');
    expect(byId(doc, 'place:sleman-regency')?.mentions[0]?.text).toBe('Kabupaten Sleman');
  });

  it('reads "NATO-nya" as NATO without the clitic', () => {
    expect(byId(doc, 'org:nato')?.mentions.map((m) => m.text)).toEqual(['NATO']);
  });

  it('reads the platform X only after its cue, and known outlets and people by name', () => {
    expect(byId(doc, 'org:x')?.mentions[0]?.rule).toBe('gazetteer.org.cued');
    expect(byId(doc, 'org:reuters')).toBeDefined();
    expect(byId(doc, 'person:prabowo-subianto')?.country).toBe('ID');
  });

  it('makes no entity of sentence-opening function words or headline capitals', () => {
    const texts = mentionTexts(doc);
    for (const w of ['Namun', 'Menurut', 'Sepakat', 'Memperkuat', 'Patroli', 'Warga'])
      expect(texts).not.toContain(w);
  });

  it('points every mention at its text', () => {
    for (const e of doc.entities)
      for (const m of e.mentions) expect(ID_ARTICLE.slice(m.start, m.end)).toBe(m.text);
  });
});
