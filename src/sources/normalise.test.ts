import { describe, expect, it } from 'vitest';
import { toIsoDate, toLanguage } from './normalise.js';

const NOW = new Date('2025-06-01T00:00:00Z');

describe('toIsoDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-03-05 10:00:00', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['25/03/2024', '2024-03-25'],
    ['03/25/2024', '2024-03-25'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Sept. 5th, 2024', '2024-09-05'],
    ['Selasa, 05 Mei 2024 10:00 WIB', '2024-05-05'],
    ['17 Agustus 2024', '2024-08-17'],
  ])('reads %s as %s', (input, expected) => {
    expect(toIsoDate(input, NOW)).toBe(expected);
  });

  it.each(['05/03/2024', '2024-02-30', '2024-13-01', '1850-01-01', '2030-01-01', 'yesterday', '', '12345'])(
    'gives null for %s',
    (input) => {
      expect(toIsoDate(input, NOW)).toBeNull();
    },
  );
});

describe('toLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['id_ID', 'id'],
    ['ind', 'id'],
    ['in', 'id'],
    ['zh-Hant-TW', 'zh'],
    ['fr, en', 'fr'],
    ['English', 'en'],
    ['Indonesian', 'id'],
    ['Bahasa Indonesia', 'id'],
    ['español', 'es'],
  ])('reads %s as %s', (input, expected) => {
    expect(toLanguage(input)).toBe(expected);
  });

  it.each(['und', 'mul', 'ace', 'Klingon-ish', '', null])('gives null for %s', (input) => {
    expect(toLanguage(input)).toBeNull();
  });
});
