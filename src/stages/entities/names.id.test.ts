import { describe, expect, it } from 'vitest';
import { byId, extract, mentionTexts } from './test-helpers.js';

describe('names read from capitals in Indonesian', () => {
  it('reads the region after a regional role as a place, and the holder after his rank as a person', () => {
    const doc = extract('Kapolda Metro Jaya Irjen Karyoto mengatakan Bupati Ngada hadir.', 'id');
    expect(byId(doc, 'place:metro-jaya')?.type).toBe('place');
    expect(byId(doc, 'place:ngada')?.type).toBe('place');
    expect(byId(doc, 'person:karyoto')?.mentions[0]?.rule).toBe('name.title');
  });

  it('types a guessed name listed with places as a place', () => {
    const doc = extract('Penerbangan melayani rute Kendari dan Wakatobi setiap pekan.', 'id');
    expect(byId(doc, 'place:wakatobi')?.mentions[0]?.rule).toBe('name.list');
  });

  it('reads no name from capitalised common words or a quoted title', () => {
    const doc = extract(
      'Ia menyanyikan lagu "Cinta Sejati" di acara Musik Kita bersama Pemerintah Daerah.',
      'id',
    );
    const texts = mentionTexts(doc);
    for (const w of ['Cinta Sejati', 'Musik Kita', 'Pemerintah Daerah', 'Pemerintah'])
      expect(texts).not.toContain(w);
  });

  it('reads schools and hospitals as places and parties as organisations', () => {
    const doc = extract(
      'Siswa SMA Negeri 3 Semarang dirawat di RSUD Kariadi, kata kader Partai Buruh.',
      'id',
    );
    expect(doc.entities.find((e) => e.mentions[0]?.text === 'SMA Negeri 3 Semarang')?.type).toBe('place');
    expect(doc.entities.find((e) => e.mentions[0]?.text === 'RSUD Kariadi')?.type).toBe('place');
    expect(doc.entities.find((e) => e.mentions[0]?.text === 'Partai Buruh')?.type).toBe('organization');
  });
});
