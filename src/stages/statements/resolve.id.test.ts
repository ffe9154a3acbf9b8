import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

/** Speaker and role of each statement, in text order: "Name [role] (implied)". */
const speakers = (text: string) =>
  statementsOf(text, 'id').map(
    (s) =>
      `${s.speaker.name}${s.speaker.role ? ` [${s.speaker.role}]` : ''}${s.speaker.implied ? ' (implied)' : ''}`,
  );

describe('speaker resolution in Indonesian', () => {
  it('gives "perusahaan tersebut" the name before it that was taken for a person', () => {
    const out = speakers(
      'Sinar Terang Abadi membantah tuduhan itu.\nDalam keterangan tertulis, perusahaan tersebut mengatakan pekerjaan sudah sesuai aturan.',
    );
    expect(out[1]).toBe('Sinar Terang Abadi (implied)');
  });

  it('gives "jubir tersebut" and "pejabat itu" the spokesperson named before, without the pointing word', () => {
    expect(
      speakers(
        'Juru bicara Kementerian Luar Negeri, Budi Santoso, mengatakan pertemuan itu berjalan baik.\nJubir tersebut menambahkan, kedua negara sepakat bertemu lagi.\nPejabat itu juga mengatakan tidak ada kesepakatan baru.',
      ).slice(1),
    ).toEqual(['Budi Santoso [Jubir]', 'Budi Santoso [Pejabat]']);
  });

  it('gives a role noun a person named beside that role who never spoke', () => {
    expect(
      speakers(
        'Gubernur bertemu Presiden Joko Widodo di Istana pada Senin.\nUsai pertemuan, Presiden mengatakan bantuan akan segera dikirim.',
      ),
    ).toEqual(['Joko Widodo [Presiden]']);
  });

  it('leaves a bare lower-case role such as "siswa" to anyone who holds it', () => {
    expect(
      speakers(
        'Siswa kelas XII, Rizki Ananda, mengatakan ujian berjalan lancar.\nSejumlah orang tua menunggu di gerbang.\n“Soalnya tidak terlalu sulit,” kata siswa.',
      )[1],
    ).not.toMatch(/Rizki/);
  });

  it('leaves "seorang pejabat" an unnamed source', () => {
    expect(
      speakers(
        'Juru bicara Kementerian Luar Negeri, Budi Santoso, mengatakan pertemuan itu berjalan baik.\nSeorang pejabat mengatakan pembicaraan masih alot.',
      )[1],
    ).toBe('pejabat [pejabat]');
  });

  it('reads "pemimpin Rusia itu" as one phrase and gives it the Russian leader named before', () => {
    expect(
      speakers(
        'Presiden Rusia Vladimir Putin mengatakan perundingan gagal.\nUkraina menyatakan akan terus bertahan.\nPemimpin Rusia itu mengatakan sanksi baru tidak akan mengubah apa pun.',
      )[2],
    ).toBe('Vladimir Putin [Pemimpin Rusia]');
  });

  it('gives "sang menteri" the minister named before', () => {
    expect(
      speakers(
        'Menteri Pekerjaan Umum Arief Santoso mengatakan tanggul akan ditinggikan.\nSang menteri menyebutkan pekerjaan itu rampung dalam empat bulan.',
      )[1],
    ).toBe('Arief Santoso [menteri]');
  });

  it('gives a clitic the subject of the sentence before, not a person named in object position', () => {
    expect(
      speakers(
        'Kepala Dinas Perdagangan Rina Wulandari mengatakan pasar dibuka lagi.\nRina kemudian menemui Gubernur Andi Pratama untuk meminta bantuan.\n“Kami sudah menyiapkan kios sementara untuk para pedagang,” katanya.',
      )[1],
    ).toBe('Rina Wulandari (implied)');
  });

  it('gives a clitic the subject that follows a phrase fronted before a comma', () => {
    expect(
      speakers(
        'Kepala Dinas Kesehatan Rina Wulandari mengatakan stok vaksin cukup.\nTerkait lonjakan kasus demam berdarah, Bupati Hasan Lamadu meminta warga menguras bak mandi.\n“Kami tidak ingin ada korban lagi,” ujarnya.',
      )[1],
    ).toBe('Hasan Lamadu [Bupati] (implied)');
  });

  it('gives a clitic a newer subject a few sentences back when the sentences between name no one', () => {
    expect(
      speakers(
        'Kepala Dinas Kesehatan Rina Wulandari mengatakan stok vaksin cukup.\nBupati Hasan Lamadu meminta warga menguras bak mandi. Kebijakan itu berlaku di semua desa. Puskesmas juga menambah jam layanan.\n“Kami tidak ingin ada korban lagi,” ujarnya.',
      )[1],
    ).toBe('Hasan Lamadu [Bupati] (implied)');
  });

  it('keeps a clitic on the source when the person after "menurut X," is inside their speech', () => {
    expect(
      speakers(
        'Menurut Rina Wulandari, Bupati Hasan Lamadu sudah meminta warga menguras bak mandi.\n“Kami tidak ingin ada korban lagi,” ujarnya.',
      )[1],
    ).toBe('Rina Wulandari (implied)');
  });

  it('gives a clitic the person who opens the sentence before when they are later than the last speaker', () => {
    expect(
      speakers(
        'Kepala Dinas Perdagangan Rina Wulandari mengatakan pasar dibuka lagi.\nHendra Gunawan, pedagang rempah, kehilangan seluruh dagangannya.\n“Saya mulai lagi dari nol,” ujarnya.',
      )[1],
    ).toBe('Hendra Gunawan (implied)');
  });

  it('does not let a person who opened a sentence two sentences back outrank the last speaker', () => {
    expect(
      speakers(
        'Kepala Dinas Perdagangan Rina Wulandari mengatakan pasar dibuka lagi.\nHendra Gunawan kehilangan seluruh dagangannya.\nHarga cabai naik sepanjang pekan.\nAntrean pembeli mengular sejak pagi.\n“Kami sudah menyiapkan kios sementara untuk para pedagang,” katanya.',
      ).at(-1),
    ).toBe('Rina Wulandari [Kepala Dinas Perdagangan] (implied)');
  });

  it('gives "mereka" every speaker of the last coordinated statement', () => {
    expect(
      speakers(
        'Budi dan Andi mengatakan latihan itu rutin.\nMereka mengatakan latihan lain akan menyusul.',
      ).slice(2),
    ).toEqual(['Andi (implied)', 'Budi (implied)']);
  });
});

describe('a name run into an organisation', () => {
  it('reads the person whose given name opens the tail of an organisation the entity stage read', () => {
    const out = statementsOf(
      'Menurut Guru Besar Fakultas Ekonomi Universitas Lambung Mangkurat Muhammad Handry Imansyah, industri pengolahan perlu didorong.',
      'id',
    );
    expect(out[0]?.speaker.name).toBe('Muhammad Handry Imansyah');
  });
});

describe('a headline speaker named by a bare profession', () => {
  it('takes the person the body names with that profession', () => {
    const out = statementsOf(
      'Ekonom: Kenaikan Harga Beras Bukan Semata Soal Stok\nJAKARTA - Ekonom Universitas Merdeka, Riyanti Kusuma, mengatakan kenaikan harga beras dipicu biaya distribusi.',
      'id',
    );
    expect(out.map((s) => `${s.speaker.name} [${s.speaker.role}]`)).toEqual([
      'Riyanti Kusuma [Ekonom]',
      'Riyanti Kusuma [Ekonom Universitas Merdeka]',
    ]);
  });

  it('keeps the profession when nobody in the body holds it', () => {
    const out = statementsOf(
      'Pengamat: Harga Beras Akan Turun\nJAKARTA - Menteri Perdagangan Budi Santoso mengatakan stok beras cukup.',
      'id',
    );
    expect(out[0]?.speaker.name).toBe('Pengamat');
  });
});
