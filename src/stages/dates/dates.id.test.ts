import { describe, expect, it } from 'vitest';
import { datesOf, oneDate } from '../figures/test-support/dates.js';
import { readNumbersAndDates } from '../figures/test-support/run.js';

// Friday 25 October 2024
const PUB = '2024-10-25';
const at = (text: string, published: string | null = PUB) => oneDate(text, 'id', published);

describe('dates in Indonesian', () => {
  it('reads a weekday with its date in brackets as stated, filling the year', () => {
    expect(at('Pada hari Rabu (23 Oktober), menteri itu berbicara.')).toMatchObject({
      text: 'hari Rabu (23 Oktober)',
      value: '2024-10-23',
      granularity: 'day',
      stated: true,
      implied: ['year'],
      rule: 'dates.weekday-with-date',
    });
    expect(at('Ia berbicara Rabu (23/10/2024) di Roma.')).toMatchObject({ value: '2024-10-23', implied: [] });
    expect(at('Hal itu disampaikan di Jakarta, Senin ( 13 / 04 / 2020 ).')).toMatchObject({
      text: 'Senin ( 13 / 04 / 2020 )',
      value: '2020-04-13',
      stated: true,
    });
    expect(at('Ia tiba Sabtu (7/11) pagi.')).toMatchObject({
      value: '2024-11-07',
      text: 'Sabtu (7/11) pagi',
    });
  });

  it('resolves a bare weekday to the latest such day on or before the reference', () => {
    expect(at('Ia mengatakan pada hari Senin bahwa pasukan tiba.')).toMatchObject({
      text: 'hari Senin',
      value: '2024-10-21',
      stated: false,
      implied: ['year', 'month', 'day'],
      rule: 'dates.weekday',
    });
    expect(at('Juru bicara itu pada Rabu sore menyatakan hal itu.')).toMatchObject({
      text: 'Rabu sore',
      value: '2024-10-23',
    });
    expect(at('Rapat digelar Jumat lalu.').value).toBe('2024-10-18');
    expect(at('Rapat digelar Senin depan.').value).toBe('2024-10-28');
  });

  it('tells "minggu lalu" (last week) from Minggu (Sunday)', () => {
    expect(at('Badan intelijen minggu lalu menyatakan hal itu.')).toMatchObject({
      value: '2024-10-14',
      end: '2024-10-20',
      granularity: 'week',
    });
    expect(at('Ia tiba pada hari Minggu.')).toMatchObject({ value: '2024-10-20', granularity: 'day' });
  });

  it('resolves relative days, weeks, months and years', () => {
    expect(
      datesOf('Kemarin, hari ini, besok, pekan lalu, bulan lalu, tahun lalu dan tahun depan.', 'id', PUB),
    ).toEqual([
      {
        text: 'Kemarin',
        value: '2024-10-24',
        granularity: 'day',
        stated: false,
        implied: ['year', 'month', 'day'],
      },
      {
        text: 'hari ini',
        value: '2024-10-25',
        granularity: 'day',
        stated: false,
        implied: ['year', 'month', 'day'],
      },
      {
        text: 'besok',
        value: '2024-10-26',
        granularity: 'day',
        stated: false,
        implied: ['year', 'month', 'day'],
      },
      {
        text: 'pekan lalu',
        value: '2024-10-14',
        end: '2024-10-20',
        granularity: 'week',
        stated: false,
        implied: ['year', 'month', 'day'],
      },
      {
        text: 'bulan lalu',
        value: '2024-09',
        granularity: 'month',
        stated: false,
        implied: ['year', 'month'],
      },
      { text: 'tahun lalu', value: '2023', granularity: 'year', stated: false, implied: ['year'] },
      { text: 'tahun depan', value: '2025', granularity: 'year', stated: false, implied: ['year'] },
    ]);
    expect(at('Ia tiba 3 hari lalu.')).toMatchObject({ text: '3 hari lalu', value: '2024-10-22' });
    expect(at('Ia tiba dua pekan yang lalu.')).toMatchObject({ value: '2024-10-07', granularity: 'week' });
  });

  it('reads a part of a month as its first and last day', () => {
    expect(at('Pasukan dikirim dari awal hingga pertengahan Oktober, katanya.')).toMatchObject({
      text: 'awal hingga pertengahan Oktober',
      value: '2024-10-01',
      end: '2024-10-20',
      granularity: 'part-of-month',
      stated: true,
      implied: ['year'],
    });
    expect(at('Proyek selesai akhir Februari 2024.')).toMatchObject({
      value: '2024-02-21',
      end: '2024-02-29',
    });
  });

  it('reads written dates, months and years', () => {
    expect(at('Pada bulan Februari 2022, perang dimulai.')).toMatchObject({
      text: 'bulan Februari 2022',
      value: '2022-02',
      granularity: 'month',
      stated: true,
      implied: [],
    });
    expect(at('Keputusan itu diambil 23 Oktober 2024.')).toMatchObject({ value: '2024-10-23', implied: [] });
    expect(at('Data per 2024-10-23 menunjukkan hal itu.').value).toBe('2024-10-23');
    expect(at('Aturan itu berlaku sejak tahun 2022.')).toMatchObject({
      text: 'tahun 2022',
      value: '2022',
      granularity: 'year',
    });
    expect(at('Libur berlangsung 23-25 Desember.')).toMatchObject({ value: '2024-12-23', end: '2024-12-25' });
    expect(at('Kemarau terjadi sejak Mei lalu.')).toMatchObject({ text: 'Mei lalu', value: '2024-05' });
  });

  it('uses the first full date of the article when the publication date is unknown', () => {
    const text = 'JAKARTA, KOMPAS — Presiden berbicara, Senin (13/04/2020). Rapat serupa digelar pekan lalu.';
    expect(datesOf(text, 'id', null).map((d) => d.value)).toEqual(['2020-04-13', '2020-04-06']);
  });

  it('leaves relative dates unresolved without any reference', () => {
    expect(at('Pasukan tiba pada hari Rabu (23 Oktober).', null)).toMatchObject({
      value: null,
      stated: true,
    });
    expect(at('Ia berbicara kemarin.', null)).toMatchObject({
      value: null,
      implied: ['year', 'month', 'day'],
    });
  });

  it('does not read a law number as a date', () => {
    expect(datesOf('Hal itu diatur UU Nomor 6 Tahun 2018 tentang karantina.', 'id', PUB)).toEqual([]);
  });

  it('drops figures that overlap a date', () => {
    const doc = readNumbersAndDates('Sebanyak 3.000 tentara tiba 23 Oktober dan 3 hari lalu.', 'id', PUB);
    expect(doc.figures.map((f) => f.text)).toEqual(['3.000 tentara']);
    expect(doc.dates.map((d) => d.text)).toEqual(['23 Oktober', '3 hari lalu']);
  });
});
