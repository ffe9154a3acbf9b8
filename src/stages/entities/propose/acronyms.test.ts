import { describe, expect, it } from 'vitest';
import { extract, mentionTexts } from '../test-helpers.js';

describe('acronyms an article spells out in common words', () => {
  it('reads no organisation from an Indonesian acronym of lower-case words, anywhere in the article', () => {
    const doc = extract(
      'Ribuan pekerja terkena pemutusan hubungan kerja (PHK) setelah pabrik ditutup. Serikat pekerja menilai PHK itu melanggar aturan.',
      'id',
    );
    expect(mentionTexts(doc)).not.toContain('PHK');
  });

  it('steps over small English words between the spelled letters', () => {
    const doc = extract(
      'The agency declared a public health emergency of international concern (PHEIC) on Wednesday. The PHEIC is its highest alarm.',
      'en',
    );
    expect(mentionTexts(doc)).not.toContain('PHEIC');
  });

  it('keeps an acronym spelled out by a capitalised name an organisation', () => {
    const doc = extract('Badan Pusat Statistik (BPS) mencatat angka pengangguran naik.', 'id');
    expect(mentionTexts(doc)).toContain('BPS');
  });
});
