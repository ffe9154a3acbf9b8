import { describe, expect, it } from 'vitest';
import { describeStatement, meets, statementsOf, type Expect } from './test-support.js';

const cases: Array<[string, string, Expect[]]> = [
  [
    'subjudul yang menempel pada kalimat berikutnya bukan bagian dari sumber',
    'Tak ada payung hukum Ketua Badan Pengawas Pemilu Abhan mengatakan, bansos rentan dipolitisasi.',
    [{ speaker: 'Abhan', cue: 'mengatakan', content: 'bansos rentan dipolitisasi' }],
  ],
  [
    'a second speaker in a clause opened by a subordinator after a comma',
    'Kamar Dagang menilai aturan itu adil, sedangkan serikat buruh menyebut akan menggugatnya ke pengadilan.',
    [
      { speaker: 'Kamar Dagang', cue: 'menilai', content: 'aturan itu adil' },
      { speaker: 'serikat buruh', cue: 'menyebut', content: 'akan menggugatnya ke pengadilan' },
    ],
  ],
  [
    'a speaker after "saat …" read as an adjunct, not as a clause of its own',
    'Jaksa Rini Apriyanti, saat membacakan dakwaan, mengatakan nilai paket dinaikkan.',
    [{ speaker: 'Rini Apriyanti', cue: 'mengatakan', content: 'nilai paket dinaikkan' }],
  ],
  [
    'judul bergaya huruf kapital: kata-kata sesudah titik dua bukan sumbernya',
    'Banjir Bandang di Lubuk Sikai, Warga: Suaranya Seperti Gemuruh Pesawat\nWarga mengatakan air datang tiba-tiba.',
    [{ speaker: 'Warga', content: 'air datang tiba-tiba' }],
  ],
  [
    'kata penghubung di awal kalimat yang bukan nama, dan kutipan yang menyusul setelah titik',
    'Apalagi, Presiden Joko Widodo sudah menyampaikan data harus lebih terbuka. ”Data itu penting,” ujarnya.',
    [
      { speaker: 'Joko Widodo', content: 'data harus lebih terbuka' },
      { speaker: 'Joko Widodo', content: 'Data itu penting', direct: true },
    ],
  ],
  [
    'juru bicara yang tidak punya komentar tambahan',
    'Juru bicara Kremlin, Dmitry Peskov, mengatakan Moskow tidak punya komentar tambahan soal laporan itu.',
    [{ speaker: 'Dmitry Peskov', stance: 'hedge' }],
  ],
  [
    'lembaga yang disebut dengan kata benda umum sebagai subjek, sebelum atau sesudah isi',
    'Penjaga pantai mengatakan seluruh penumpang sudah dievakuasi. Kapal itu diapungkan pada Minggu, kata pemadam kebakaran.',
    [
      { speaker: 'Penjaga pantai', content: 'seluruh penumpang sudah dievakuasi' },
      { speaker: 'pemadam kebakaran', content: 'Kapal itu diapungkan' },
    ],
  ],
  [
    'dua klausa dilaporkan satu kata kerja, yang kedua dibuka "dan bahwa"',
    'Kementerian mengatakan tim sudah dikirim dan bahwa kelangkaan segera berakhir.',
    [
      { speaker: 'Kementerian', content: 'tim sudah dikirim' },
      { speaker: 'Kementerian', content: 'kelangkaan segera berakhir' },
    ],
  ],
  [
    'dua kata kerja pelapor dengan satu subjek',
    'Kirby mengatakan pasukan itu sudah tiba dan menambahkan bahwa jumlahnya bisa bertambah.',
    [
      { speaker: 'Kirby', cue: 'mengatakan', content: 'pasukan itu sudah tiba' },
      { speaker: 'Kirby', cue: 'menambahkan', content: 'jumlahnya bisa bertambah' },
    ],
  ],
  [
    'kata kerja pelapor setelah "tetapi" dengan subjek kalimat',
    'Juru bicara Kemenlu, Rolliansyah Soemirat, enggan berkomentar lebih jauh, tetapi menambahkan bahwa pemerintah terus memantau.',
    [
      { speaker: 'Rolliansyah Soemirat', cue: 'enggan berkomentar', stance: 'hedge' },
      { speaker: 'Rolliansyah Soemirat', cue: 'menambahkan', content: 'pemerintah terus memantau' },
    ],
  ],
  [
    '"menurutnya" yang merujuk ke pembicara sebelumnya',
    'Presiden Prabowo Subianto mengatakan pemerintah siap. Menurutnya, keputusan itu belum final.',
    [
      { speaker: 'Prabowo Subianto', content: 'pemerintah siap' },
      { speaker: 'Prabowo Subianto', content: 'keputusan itu belum final', implied: true },
    ],
  ],
  [
    'badan yang hanya disebut jenisnya',
    'Kementerian itu mengatakan 2.000 tentara telah dikirim ke perbatasan.',
    [{ speaker: 'Kementerian itu', cue: 'mengatakan', implied: false }],
  ],
  [
    'lembaga yang merujuk ke badan yang disebut sebelumnya',
    'Badan Nasional Penanggulangan Bencana (BNPB) menyatakan 12 orang meninggal. Juru bicara Hendra Kusuma mengatakan satu orang masih hilang. Lembaga itu mengatakan 2.600 rumah terendam.',
    [
      { speaker: 'Badan Nasional Penanggulangan Bencana', content: '12 orang' },
      { speaker: 'Hendra Kusuma' },
      { speaker: 'Badan Nasional Penanggulangan Bencana', content: '2.600 rumah', implied: true },
    ],
  ],
  [
    'ungkapan "belum lama ini" yang tidak menyangkal',
    'Pejabat itu mengatakan belum lama ini 3.000 tentara tiba di Rusia timur.',
    [{ speaker: 'Pejabat itu', stance: 'assert' }],
  ],
  [
    'kutipan dengan atribusi terbalik',
    '“Kami sudah siap menghadapi banjir,” kata Bupati Sleman Yulius Hartono.',
    [{ speaker: 'Yulius Hartono', cue: 'kata', direct: true, stance: 'assert' }],
  ],
  [
    'kutipan gaya koran dengan ” di kedua sisi',
    '”Pasokan beras aman sampai Lebaran,” ujar Direktur Utama Bulog Ratna Dewi.',
    [{ speaker: 'Ratna Dewi', cue: 'ujar', direct: true }],
  ],
  [
    'kutipan terbelah oleh atribusinya',
    '“Kami melihat tanda-tanda perbaikan,” kata Gubernur Andi Rahman di Makassar, “tetapi hasilnya belum dapat dipastikan.”',
    [
      { speaker: 'Andi Rahman', stance: 'assert' },
      { speaker: 'Andi Rahman', content: 'tetapi hasilnya' },
    ],
  ],
  [
    'atribusi dengan titik dua sebelum kutipan',
    'Menteri Keuangan Sri Wulandari mengatakan: “Defisit akan tetap di bawah tiga persen.”',
    [{ speaker: 'Sri Wulandari', cue: 'mengatakan', direct: true }],
  ],
  [
    'ujaran tak langsung dengan bahwa',
    'Kepala Badan Pusat Statistik Amalia Putri mengatakan bahwa inflasi bulan lalu turun tipis.',
    [{ speaker: 'Amalia Putri', direct: false, content: 'inflasi bulan lalu' }],
  ],
  [
    'menurut X di awal kalimat',
    'Menurut polisi setempat, jembatan itu runtuh karena kelebihan muatan.',
    [{ speaker: 'polisi', direct: false, content: 'jembatan itu runtuh' }],
  ],
  [
    'menurut X di akhir kalimat',
    'Jembatan itu runtuh karena kelebihan muatan, menurut Kepala Dinas Pekerjaan Umum Budi Santoso.',
    [{ speaker: 'Budi Santoso', content: 'Jembatan itu runtuh' }],
  ],
  [
    'klitik -nya merujuk pembicara sebelumnya',
    'Ketua panitia Dian Lestari mengatakan acara tetap berjalan. “Semua peserta sudah mendaftar ulang,” tambahnya.',
    [
      { speaker: 'Dian Lestari', direct: false },
      { speaker: 'Dian Lestari', implied: true, cue: 'tambahnya', direct: true },
    ],
  ],
  [
    'pejabat tanpa nama kepada media',
    'Seorang pejabat senior kementerian mengatakan kepada Kompas bahwa rencana itu ditunda.',
    [{ speaker: 'pejabat senior', cited: 'Kompas' }],
  ],
  [
    'bantahan lewat kata kerja',
    'Juru bicara Kremlin Dmitry Peskov membantah laporan tersebut.',
    [{ speaker: 'Peskov', stance: 'deny', cue: 'membantah' }],
  ],
  [
    'penyangkalan lewat tidak percaya',
    'Pemerintah Jepang tidak percaya kapal itu memasuki wilayahnya.',
    [{ speaker: 'Pemerintah Jepang', stance: 'deny' }],
  ],
  [
    'keraguan',
    'Kepala Basarnas Hendra Wijaya mengatakan penyebab kecelakaan masih harus diselidiki lebih lanjut dan belum dapat dipastikan.',
    [{ speaker: 'Hendra Wijaya', stance: 'hedge' }],
  ],
  [
    'pernyataan bersyarat',
    'Menteri Perdagangan Rudi Hartanto menyatakan bahwa jika harga minyak naik, subsidi akan ditambah.',
    [{ speaker: 'Rudi Hartanto', stance: 'conditional' }],
  ],
  [
    'pertanyaan',
    'Anggota DPR Maria Ulfa bertanya apakah dana itu sudah dicairkan.',
    [{ speaker: 'Maria Ulfa', stance: 'question' }],
  ],
  [
    'pembicara berkoordinasi',
    'Gubernur Jawa Barat Iwan Setiadi dan seorang juru bicara BMKG keduanya menyatakan bahwa hujan lebat akan berlanjut.',
    [{ speaker: 'Iwan Setiadi' }, { speaker: 'juru bicara BMKG' }],
  ],
  [
    'lembaga sebagai pembicara',
    'Gedung Putih juga mengonfirmasi pada hari Rabu bahwa kunjungan itu dibatalkan.',
    [{ speaker: 'Gedung Putih', cue: 'mengonfirmasi' }],
  ],
  [
    'platform media sosial',
    'Presiden Prancis Emmanuel Macron mengatakan di platform media sosial X bahwa perjanjian itu bersejarah.',
    [{ speaker: 'Macron', cited: 'X' }],
  ],
  [
    'laporan media yang dikutip',
    'Menurut laporan dari Reuters, Perdana Menteri Li Wei mengatakan: “Kami tidak akan mundur.”',
    [{ speaker: 'Li Wei', cited: 'Reuters', direct: true }],
  ],
];

describe('statements in Indonesian', () => {
  for (const [name, text, expected] of cases) {
    it(`reads ${name}`, () => {
      const got = statementsOf(text, 'id');
      for (const e of expected)
        expect(
          got.some((s) => meets(s, e)),
          `${JSON.stringify(e)}\n got: ${got.map(describeStatement).join('\n      ')}`,
        ).toBe(true);
      expect(got.length).toBe(expected.length);
    });
  }

  it('finds no statement in a plain report', () => {
    expect(
      statementsOf(
        'Hujan deras mengguyur Jakarta sejak pagi. Banjir merendam ratusan rumah di Kampung Melayu.',
        'id',
      ),
    ).toEqual([]);
  });

  it('does not take a short term in quotes for a statement', () => {
    expect(statementsOf('Warga menyebut kawasan itu sebagai ”kampung tenggelam” sejak lama.', 'id')).toEqual(
      [],
    );
  });

  it('gives every statement spans inside the text and a rule', () => {
    const text = '“Kami siap,” kata dia. Menurut Budi Santoso, harga naik.';
    for (const s of statementsOf(text, 'id')) {
      expect(s.span.start).toBeGreaterThanOrEqual(0);
      expect(s.span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(s.contentSpan.start, s.contentSpan.end)).toBe(s.content);
      expect(s.rule).toMatch(/\S/);
    }
  });
});

describe('an attribution set off by commas inside the sentence', () => {
  it('reads "Hal itu, kata Arif, …" as Arif saying what follows', () => {
    const out = statementsOf(
      'Hal itu, kata Arif Hidayatullah, akan diawasi secara ketat oleh kementerian.',
      'id',
    );
    expect(out.map((s) => `${s.speaker.name}: ${s.cue}: ${s.content}`)).toEqual([
      'Arif Hidayatullah: kata: akan diawasi secara ketat oleh kementerian',
    ]);
  });

  it('reads no attribution when only a date follows the commas', () => {
    const out = statementsOf('Pasar itu terbakar, kata Arif Hidayatullah, Senin.', 'id');
    expect(out.map((s) => s.content)).not.toContain('Senin');
  });
});

describe('a passive cue opening the sentence', () => {
  it('gives "Ditambahkannya, …" to the speaker before it', () => {
    const out = statementsOf(
      'Rahmat Sudarsono mengatakan pencarian dihentikan. Ditambahkannya, sebanyak 47 jiwa telah mengungsi ke balai desa.',
      'id',
    );
    expect(out.map((s) => `${s.speaker.name} (${s.speaker.implied}): ${s.content}`)).toEqual([
      'Rahmat Sudarsono (false): pencarian dihentikan',
      'Rahmat Sudarsono (true): sebanyak 47 jiwa telah mengungsi ke balai desa',
    ]);
  });

  it('gives "Dijelaskan X, …" to its agent', () => {
    const out = statementsOf(
      'Dijelaskan Rahmat Sudarsono, sebanyak 47 jiwa telah mengungsi ke balai desa.',
      'id',
    );
    expect(out.map((s) => `${s.speaker.name}: ${s.content}`)).toEqual([
      'Rahmat Sudarsono: sebanyak 47 jiwa telah mengungsi ke balai desa',
    ]);
  });
});

describe('kata kerja penilaian dengan objeknya', () => {
  it('membaca "X menyambut baik Y" sebagai pernyataan X, lalu "ia menilai" sebagai X juga', () => {
    const out = statementsOf(
      'Direktur Arif Hidayatullah mengatakan tarif naik. Ketua Garda, Bambang Sulistyo, menyambut baik kenaikan tarif tersebut. Namun, ia menilai kenaikan itu belum cukup.',
      'id',
    );
    expect(out.map((s) => `${s.speaker.name}: ${s.cue}`)).toEqual([
      'Arif Hidayatullah: mengatakan',
      'Bambang Sulistyo: menyambut baik',
      'Bambang Sulistyo: menilai',
    ]);
  });
});
