import { describe, expect, it } from 'vitest';
import { readNumbersAndDates } from './test-support/run.js';
import { figuresOf, figureTexts } from './test-support/pick.js';

const one = (text: string) => {
  const f = figuresOf(text, 'id');
  expect(f).toHaveLength(1);
  return f[0]!;
};

describe('figures in Indonesian', () => {
  it('reads "." as the thousands separator and "," as the decimal one', () => {
    expect(one('Korea Utara mengirim 3.000 tentara ke Rusia.')).toEqual({
      value: 3000,
      qualifier: 'exact',
      unit: 'troops',
      text: '3.000 tentara',
    });
    expect(one('Rencananya 12.000 tentara akan dikirim.').value).toBe(12000);
    expect(one('Bantuan untuk 2,6 juta jiwa disiapkan.')).toMatchObject({ value: 2_600_000, unit: 'people' });
    expect(one('Sebanyak 1,5 juta orang mengungsi.').value).toBe(1_500_000);
    expect(one('Pemerintah menyiapkan 10 ribu paket bantuan.').value).toBe(10_000);
  });

  it('reads money with the currency before or after the number', () => {
    expect(one('Total anggaran Rp 482,5 triliun untuk program itu.')).toMatchObject({
      value: 482.5e12,
      unit: 'IDR',
      text: 'Rp 482,5 triliun',
    });
    expect(one('Harga satu paket Rp200.000 per bulan.')).toMatchObject({ value: 200_000, unit: 'IDR' });
    expect(one('Bantuan itu bernilai 2 miliar dolar AS.')).toMatchObject({ value: 2e9, unit: 'USD' });
  });

  it('reads percentages', () => {
    expect(one('Nilainya naik 25 persen tahun ini.')).toMatchObject({ value: 25, unit: 'percent' });
    expect(one('Nilainya naik 25% dari semula.')).toMatchObject({ value: 25, unit: 'percent', text: '25%' });
  });

  it('reads numbers written in words', () => {
    expect(one('Sedikitnya tiga ribu prajurit dikerahkan.')).toMatchObject({
      value: 3000,
      qualifier: 'at_least',
    });
    expect(one('Ada dua belas ribu orang di sana.').value).toBe(12_000);
    expect(one('Dua ratus lima puluh kapal berlayar.').value).toBe(250);
    expect(one('Ia melihat tiga tentara di pos itu.')).toMatchObject({ value: 3, unit: 'troops' });
  });

  it('leaves small number words without a unit and idioms alone', () => {
    expect(figureTexts('Salah satu desa berhasil. Mereka datang berdua, satu per satu.', 'id')).toEqual([]);
    expect(figureTexts('Ia menjawab tiga pertanyaan.', 'id')).toEqual([]);
  });

  it('reads vague quantities as their order of magnitude', () => {
    expect(one('Pejabat itu mengatakan ribuan tentara Korea Utara tiba di Rusia.')).toEqual({
      value: 1000,
      qualifier: 'thousands',
      unit: 'troops',
      text: 'ribuan tentara',
    });
    expect(one('Ratusan warga berkumpul di alun-alun.')).toMatchObject({ value: 100, qualifier: 'hundreds' });
    expect(one('Puluhan ribu pengungsi menyeberang.')).toMatchObject({
      value: 10_000,
      qualifier: 'tens_of_thousands',
      unit: 'refugees',
    });
    expect(one('Beberapa tentara terluka.')).toMatchObject({ qualifier: 'several', unit: 'troops' });
    expect(figureTexts('Beberapa hal masih dibahas.', 'id')).toEqual([]);
  });

  it('reads the qualifier before or after the number', () => {
    const q = (t: string) => one(t).qualifier;
    expect(one('Menurut penilaian kami, setidaknya 3.000 tentara telah dikirim.')).toEqual({
      value: 3000,
      qualifier: 'at_least',
      unit: 'troops',
      text: 'setidaknya 3.000 tentara',
    });
    expect(q('Sedikitnya 40 orang tewas.')).toBe('at_least');
    expect(q('Paling sedikit 40 orang hadir.')).toBe('at_least');
    expect(q('Minimal 40 orang hadir.')).toBe('at_least');
    expect(q('Sekitar 40 orang hadir.')).toBe('about');
    expect(q('Kira-kira 40 orang hadir.')).toBe('about');
    expect(q('Lebih kurang 40 orang hadir.')).toBe('about');
    expect(q('Hampir 40 orang hadir.')).toBe('about');
    expect(q('Lebih dari 40 orang hadir.')).toBe('more_than');
    expect(q('Kurang dari 40 orang hadir.')).toBe('less_than');
    expect(q('Hingga 40 kapal dikerahkan.')).toBe('up_to');
    expect(q('Paling banyak 40 kapal dikerahkan.')).toBe('at_most');
    expect(q('Ada 3.000 lebih tentara di sana.')).toBe('more_than');
  });

  it('reads "bisa mencapai" as up to and "paling lama" as at most, but "mencapai" alone as exact', () => {
    expect(one('Gelombang bisa mencapai empat meter.')).toMatchObject({ qualifier: 'up_to', unit: 'metres' });
    expect(one('Ancaman pidananya paling lama tiga tahun.')).toMatchObject({
      qualifier: 'at_most',
      unit: 'years',
    });
    expect(one('Jumlah korban mencapai 120 orang.')).toMatchObject({ qualifier: 'exact', value: 120 });
  });

  it('keeps the words a qualifier was read from', () => {
    const doc = readNumbersAndDates('Hampir 5.000 orang mengungsi.', 'id');
    expect(doc.figures[0]).toMatchObject({ qualifier: 'about', qualifierText: 'Hampir', unitText: 'orang' });
  });

  it('reads ranges with a connector or between two words', () => {
    expect(one('Diperkirakan 1.500 hingga 3.000 tentara dikirim.')).toMatchObject({
      value: 1500,
      max: 3000,
      qualifier: 'range',
      unit: 'troops',
    });
    expect(one('Jumlahnya antara 1.500 dan 3.000 orang.')).toMatchObject({ value: 1500, max: 3000 });
    expect(one('Jumlahnya 1.500-3.000 orang.')).toMatchObject({ value: 1500, max: 3000 });
    expect(one('Biayanya 1,5 hingga 2 juta rupiah.')).toMatchObject({
      value: 1_500_000,
      max: 2_000_000,
      unit: 'IDR',
    });
  });

  it('keeps a change from one number to another as two figures', () => {
    expect(figureTexts('Sasarannya naik dari 9,2 juta KK menjadi 10 juta KK.', 'id')).toEqual([
      '9,2 juta KK',
      '10 juta KK',
    ]);
  });

  it('maps the counted thing to a canonical English unit and keeps the words', () => {
    const units = readNumbersAndDates(
      'Ada 30 pasukan, 40 prajurit, 50 personel, 60 kapal, 70 jiwa dan 20 tentara-tentara muda.',
      'id',
    ).figures.map((f) => [f.unit, f.unitText]);
    expect(units).toEqual([
      ['troops', 'pasukan'],
      ['troops', 'prajurit'],
      ['troops', 'personel'],
      ['ships', 'kapal'],
      ['people', 'jiwa'],
      ['troops', 'tentara-tentara'],
    ]);
    expect(one('Sebanyak 3 orang tentara gugur.')).toMatchObject({ unit: 'troops', text: '3 orang tentara' });
  });

  it('does not report years, dates, times, ordinals, labels, ages or phone numbers', () => {
    const text =
      'Pada tahun 2022 dan 2024, Senin (13/04/2020), 23 Oktober, pukul 11.30 WIB, ulang tahun ke-75 ' +
      'yang kedua, Pasal 160 dan 216 KUHP, UU Nomor 3 Tahun 2020, Covid-19, Covid - 19, Boeing 737, ' +
      'Budi (37), hubungi 0812-3456-7890 atau +62 21 5550123.';
    expect(figureTexts(text, 'id')).toEqual([]);
  });

  it('does not read place names, law numbers or clock-time spans as counts', () => {
    expect(figureTexts('Pesawat jatuh di Kepulauan Seribu sesuai UU 10 Tahun 2016.', 'id')).toEqual([]);
    expect(figureTexts('Layanan buka pukul 08.00 - 15.00 setiap hari.', 'id')).toEqual([]);
    expect(figureTexts('JAKARTA, KOMPAS — Lima bulan setelah pandemi, 3 kapal tiba.', 'id')).toEqual([
      'Lima bulan',
      '3 kapal',
    ]);
  });

  it('still reports a year-like number with a unit or currency', () => {
    expect(figureTexts('Sebanyak 2000 tentara dan Rp 2000 per orang.', 'id')).toEqual([
      '2000 tentara',
      'Rp 2000',
    ]);
  });

  it('gives every figure a rule id', () => {
    const rules = readNumbersAndDates(
      'Ribuan tentara, setidaknya 3.000 tentara, 1.500 hingga 3.000 orang, Rp 5 juta, 25 persen, tiga ribu orang, 17 tim.',
      'id',
    ).figures.map((f) => f.rule);
    expect(rules).toEqual([
      'figures.vague-quantity',
      'figures.qualified-number',
      'figures.range',
      'figures.money',
      'figures.percent',
      'figures.spelled-number',
      'figures.number',
    ]);
  });
});
