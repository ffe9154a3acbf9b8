import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

/** The stance of the only statement of `text`. */
function stanceOf(text: string): string {
  const got = statementsOf(text, 'id');
  expect(got, got.map((s) => `${s.speaker.name} ${s.cue}: ${s.content}`).join('\n')).toHaveLength(1);
  return got[0]!.stance;
}

describe('sikap dalam bahasa Indonesia', () => {
  describe('kata kerja memberi tahu atau mengetahui yang disangkal di awal isi menahan klaim', () => {
    it.each([
      '"Kami belum bisa menyimpulkan penyebab kebakaran itu," kata Kepala Dinas Rudi Hartono.',
      'Menurut Rudi, pihaknya tidak tahu siapa pemilik gudang tersebut.',
      '"Untuk sementara kami belum mau berspekulasi," ujar pelatih Andi Wijaya.',
    ])('%s', (text) => expect(stanceOf(text)).toBe('hedge'));
  });

  describe('kemungkinan tanpa penyangkal membiarkan klaim terbuka', () => {
    it('membaca "jadwalnya dapat berubah" sebagai hedge', () => {
      expect(stanceOf('Menurut Budi, jadwal pertandingan dapat berubah pekan depan.')).toBe('hedge');
    });
  });

  describe('menolak berbicara adalah hedge, bukan bantahan', () => {
    it.each([
      'Otoritas pelabuhan menolak berkomentar soal sengketa itu.',
      'Juru bicara maskapai menolak mengatakan apakah penerbangan akan dibuka lagi.',
      'Pelatih itu menolak menjelaskan alasan pencoretan pemain.',
      'Menteri itu tidak membantah bahwa kontrak sudah diteken.',
      'Gubernur itu tidak juga membantah bahwa anggaran sudah dipangkas.',
      'Polisi tidak menjelaskan berapa orang yang ditahan.',
      'Kepala dinas itu tidak berniat menambahkan apa pun.',
      'Juru bicara itu tidak merinci berapa sampel yang diperiksa.',
      'Pelatih itu mengatakan tidak ada komentar tambahan.',
    ])('%s', (text) => expect(stanceOf(text)).toBe('hedge'));

    it('keeps a negator inside the speaker phrase off the cue', () => {
      expect(
        stanceOf(
          'Seorang pejabat yang meminta namanya tidak disebutkan mengatakan tarif akan naik tahun depan.',
        ),
      ).toBe('assert');
    });
  });

  describe('mengecam laporan sebagai palsu adalah bantahan', () => {
    it.each([
      'Kementerian itu mengecam laporan tersebut sebagai berita palsu.',
      'Partai itu membantah keras tudingan soal dana kampanye.',
      'Wali kota menyebut memo yang bocor itu tidak berdasar.',
    ])('%s', (text) => expect(stanceOf(text)).toBe('deny'));
  });

  describe('menyatakan sesuatu tidak ditemukan atau tidak terjadi adalah bantahan', () => {
    it.each([
      'Dinas Kesehatan mengatakan tidak ditemukan kasus baru di kecamatan itu.',
      'Kementerian Kesehatan menyatakan belum ada jejak racun yang terdeteksi.',
      'Polisi mengatakan tidak ada korban jiwa yang dilaporkan dalam ledakan itu.',
      'Kepala dinas itu mengatakan kebocoran belum kami temukan sampai sore ini.',
      'Juru bicara itu mengatakan tidak ada kapal yang tenggelam dalam badai tersebut.',
      'Serikat pekerja mengatakan belum pernah menerima tawaran baru dari pengusaha.',
    ])('%s', (text) => expect(stanceOf(text)).toBe('deny'));

    it('membiarkan rencana yang disangkal tetap sebagai pernyataan', () => {
      expect(stanceOf('Komisi itu mengatakan tidak akan mengumumkan hasil sebelum akhir pekan.')).toBe(
        'assert',
      );
    });
  });

  describe('kondisi harus eksplisit', () => {
    it.each([
      'Serikat pekerja mengatakan mogok akan berakhir jika upah naik.',
      'Regulator menyatakan merger batal apabila harga tidak dibatasi.',
      'Utusan itu memperingatkan bahwa pengerahan pasukan ke perbatasan akan berarti perang yang lebih luas.',
    ])('%s adalah kondisional', (text) => expect(stanceOf(text)).toBe('conditional'));

    it.each([
      'Gubernur mengatakan pabrik itu akan berarti tambahan pendapatan bagi warga.',
      'Wali kota menyatakan jalur baru akan menjadi sumber lapangan kerja.',
      'Budi Santoso mengatakan kalau harga beras naik minggu lalu.',
      'Kementerian Perdagangan menyatakan harga beras naik 4 persen bila dibandingkan dengan bulan lalu.',
    ])('%s adalah pernyataan biasa', (text) => expect(stanceOf(text)).toBe('assert'));
  });
});

describe('hal yang masih dikaji pembicara sendiri', () => {
  it('membaca "Itu masih kami kaji" sebagai hedge', () => {
    expect(stanceOf('"Itu masih kami kaji bersama aplikator," ujar Direktur Arif Hidayatullah.')).toBe(
      'hedge',
    );
  });
});
