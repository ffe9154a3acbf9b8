// Article pages written for the watcher's tests: short news reports with attributed statements,
// generated from parts so that every (feed, item) pair has its own text.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An HTML article page as a news site would serve it. */
export function page(a: {
  lang: 'id' | 'en';
  title: string;
  paragraphs: string[];
  published?: string;
  canonical?: string;
  site?: string;
}): string {
  return `<!DOCTYPE html><html lang="${a.lang}"><head><meta charset="utf-8"><title>${esc(a.title)}</title>
${a.canonical ? `<link rel="canonical" href="${esc(a.canonical)}">` : ''}
${a.published ? `<meta property="article:published_time" content="${a.published}">` : ''}
${a.site ? `<meta property="og:site_name" content="${esc(a.site)}">` : ''}
</head><body><header><nav><a href="/">Beranda</a></nav></header>
<article><h1>${esc(a.title)}</h1>
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article><footer>© Redaksi</footer></body></html>`;
}

const ID_PEOPLE = [
  ['Menteri Pertanian', 'Rudi Hartono'],
  ['Kepala Dinas Perhubungan Jawa Barat', 'Sri Wahyuni'],
  ['Gubernur Sulawesi Selatan', 'Andi Mappaseng'],
  ['Direktur Utama PLN', 'Bayu Nugroho'],
  ['Juru bicara Kementerian Kesehatan', 'Dewi Lestari'],
] as const;
const ID_TOPICS = [
  ['harga gabah di tingkat petani', 'naik'],
  ['jumlah penumpang kereta api', 'bertambah'],
  ['produksi jagung', 'meningkat'],
  ['tarif listrik rumah tangga', 'turun'],
  ['kasus demam berdarah', 'berkurang'],
] as const;
const ID_PLACES = ['Makassar', 'Bandung', 'Surabaya', 'Medan', 'Palembang', 'Semarang', 'Pontianak'];

const EN_PEOPLE = [
  ['Transport Minister', 'Helen Carter'],
  ['Port of Tanjung Priok spokesman', 'Arif Setiawan'],
  ['World Bank economist', 'Maria Gonzalez'],
  ['Bank Indonesia governor', 'Hendra Wijaya'],
  ['Jakarta police chief', 'Yusuf Hamdani'],
] as const;
const EN_TOPICS = [
  ['container traffic', 'rose'],
  ['rice imports', 'fell'],
  ['coffee exports', 'grew'],
  ['the number of flood evacuees', 'dropped'],
  ['nickel output', 'climbed'],
] as const;
const EN_PLACES = ['Jakarta', 'Surabaya', 'Singapore', 'Kuala Lumpur', 'Manila', 'Bangkok', 'Hanoi'];

const ID_DAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'];
const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** Item `item` of feed `feed`: Indonesian for even feeds, English for odd ones; unique text. */
export function newsArticle(feed: number, item: number): { title: string; html: string; lang: 'id' | 'en' } {
  const k = feed * 7 + item;
  const pct = 2 + ((feed * 13 + item * 5) % 37);
  const year = 2020 + (k % 5);
  if (feed % 2 === 0) {
    const [role, name] = ID_PEOPLE[k % ID_PEOPLE.length]!;
    const [topic, verb] = ID_TOPICS[(k + item) % ID_TOPICS.length]!;
    const place = ID_PLACES[(feed + item) % ID_PLACES.length]!;
    const title = `${topic[0]!.toUpperCase()}${topic.slice(1)} ${verb} ${pct} persen di ${place} (${feed}-${item})`;
    const first = name.split(' ')[0];
    const html = page({
      lang: 'id',
      title,
      published: `${year}-0${1 + (item % 9)}-1${feed % 10}`,
      paragraphs: [
        `${role} ${name} mengatakan ${topic} di ${place} ${verb} ${pct} persen dibandingkan tahun ${year - 1}.`,
        `"Kami akan terus memantau perkembangan ini bersama pemerintah daerah," kata ${first} di ${place}, ${ID_DAYS[k % 5]}.`,
        `Menurut ${first}, laporan lengkap untuk wilayah ${place} akan diterbitkan pada pekan ke-${1 + (item % 4)} bulan depan.`,
      ],
    });
    return { title, html, lang: 'id' };
  }
  const [role, name] = EN_PEOPLE[k % EN_PEOPLE.length]!;
  const [topic, verb] = EN_TOPICS[(k + item) % EN_TOPICS.length]!;
  const place = EN_PLACES[(feed + item) % EN_PLACES.length]!;
  const title = `${topic[0]!.toUpperCase()}${topic.slice(1)} ${verb} ${pct}% in ${place} (${feed}-${item})`;
  const last = name.split(' ')[1];
  const html = page({
    lang: 'en',
    title,
    published: `${year}-0${1 + (item % 9)}-1${feed % 10}`,
    paragraphs: [
      `${role} ${name} said ${topic} in ${place} ${verb} ${pct} percent compared with ${year - 1}.`,
      `"We will keep watching these figures closely with the regional authorities," ${last} told reporters in ${place} on ${EN_DAYS[k % 5]}.`,
      `${last} said a full report for the ${place} region would be published in week ${1 + (item % 4)} of next month.`,
    ],
  });
  return { title, html, lang: 'en' };
}

/**
 * Three reports on one event: Malaysia sending warships to the Natuna Sea. The first asserts it,
 * the second (Indonesian) denies it, the third confirms it from another, independent source, with a new figure.
 */
export const NATUNA = {
  claim: page({
    lang: 'en',
    title: 'Malaysia sends more ships',
    paragraphs: [
      'A Malaysian navy officer, Commander Lim Wei, said Malaysia had sent five warships to the Natuna Sea.',
    ],
  }),
  denial: page({
    lang: 'id',
    title: 'Indonesia bantah ada kapal Malaysia di Natuna',
    paragraphs: [
      'Kepala Badan Keamanan Laut Indonesia, Laksamana Dedi Prasetyo, membantah bahwa Malaysia telah mengirim kapal perang ke Laut Natuna.',
    ],
  }),
  confirmation: page({
    lang: 'en',
    title: 'Philippines confirms Malaysian ships',
    paragraphs: [
      'A spokesman for the Philippine coast guard, Jay Tarriela, said Malaysia had sent seven warships to the Natuna Sea.',
    ],
  }),
};
