import { describe, expect, it } from 'vitest';
import { extract } from './test-helpers.js';

const places = (text: string, lang: string) =>
  extract(text, lang)
    .entities.filter((e) => e.type === 'place')
    .map((e) => e.name);

describe('names composed from a place keyword', () => {
  it('keeps an English name as written: the lexicon says English names are canonical', () => {
    expect(places('Villagers fled along the Kapuas Creek on Monday.', 'en')).toContain('Kapuas Creek');
  });

  it('gives an Indonesian place its English keyword', () => {
    expect(places('Warga mengungsi dari tepi Sungai Kapuas pada Senin.', 'id')).toContain('Kapuas River');
    expect(places('Kapal tenggelam di dekat Pulau Sebesi kemarin.', 'id')).toContain('Sebesi Island');
  });

  it("ends a body's name where the head who speaks is named from a given name on", () => {
    const doc = extract(
      'Ketua Yayasan Lentera Anak Bangsa Rina Marlina mengatakan bantuan sudah dikirim.',
      'id',
    );
    const names = doc.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(['organization:Yayasan Lentera Anak Bangsa', 'person:Rina Marlina']);
  });
});
