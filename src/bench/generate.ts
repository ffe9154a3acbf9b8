/**
 * Synthetic news for benchmarks and crash tests: short articles in Indonesian and English, with
 * attributed statements, figures and dates, over many stories so the ledger holds many claims.
 * Deterministic for a seed. Every sentence is made here from word lists; nothing is copied.
 */

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  ['North Korea', 'Korea Utara'],
  ['Russia', 'Rusia'],
  ['Ukraine', 'Ukraina'],
  ['China', 'Tiongkok'],
  ['Japan', 'Jepang'],
  ['Germany', 'Jerman'],
  ['France', 'Prancis'],
  ['Brazil', 'Brasil'],
  ['India', 'India'],
  ['Iran', 'Iran'],
  ['Turkey', 'Turki'],
  ['Egypt', 'Mesir'],
  ['Kenya', 'Kenya'],
  ['Mexico', 'Meksiko'],
  ['Vietnam', 'Vietnam'],
  ['Thailand', 'Thailand'],
] as const;
const PLACES = [
  'Surabaya',
  'Medan',
  'Makassar',
  'Palembang',
  'Semarang',
  'Bandung',
  'Manado',
  'Kupang',
  'Ambon',
  'Jayapura',
  'Padang',
  'Pontianak',
];
const FIRST = [
  'Andi',
  'Budi',
  'Citra',
  'Dewi',
  'Eko',
  'Fajar',
  'Gita',
  'Hadi',
  'Indah',
  'Joko',
  'Kartika',
  'Lestari',
  'Maya',
  'Nanda',
  'Omar',
  'Putri',
];
const LAST = [
  'Santoso',
  'Wijaya',
  'Pratama',
  'Saputra',
  'Hidayat',
  'Kurniawan',
  'Nugroho',
  'Halim',
  'Siregar',
  'Lubis',
  'Harahap',
  'Rahman',
];
const ROLES_EN = [
  'the defence minister',
  'a military spokesperson',
  'the foreign minister',
  'the head of the disaster agency',
  'the provincial governor',
  'a senior official',
];
const ROLES_ID = [
  'Menteri Pertahanan',
  'juru bicara militer',
  'Menteri Luar Negeri',
  'Kepala Badan Penanggulangan Bencana',
  'Gubernur',
  'seorang pejabat senior',
];
const OUTLETS = [
  'Kabar Contoh',
  'Harian Uji',
  'Daily Sample',
  'Test Gazette',
  'Warta Coba',
  'The Bench Post',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

export interface GeneratedArticle {
  text: string;
  language: string;
  title: string;
  outlet: string;
  published: string;
  url: string;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const fmt = (n: number, lang: 'id' | 'en') => n.toLocaleString(lang === 'id' ? 'de-DE' : 'en-US');

/** The `i`-th article of a stream; the same (seed, i) always gives the same article. */
export function generateArticle(i: number, seed = 1): GeneratedArticle {
  const r = rng(seed * 1_000_003 + i * 7919);
  const lang: 'id' | 'en' = r() < 0.5 ? 'id' : 'en';
  const a = pick(r, COUNTRIES);
  let b = pick(r, COUNTRIES);
  if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length]!;
  const place = pick(r, PLACES);
  const name = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const other = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const n = Math.round((r() * 90 + 10) * (r() < 0.5 ? 100 : 10));
  const day = 1 + Math.floor(r() * 28);
  const month = Math.floor(r() * 12);
  const published = `2024-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const story = Math.floor(r() * 3);
  const role = pick(r, lang === 'id' ? ROLES_ID : ROLES_EN);
  const outlet = pick(r, OUTLETS);
  let title: string;
  let body: string[];
  if (lang === 'en') {
    const date = `${MONTHS_EN[month]} ${day}`;
    if (story === 0) {
      title = `${a[0]} sends ${fmt(n, lang)} troops to ${b[0]}, officials say`;
      body = [
        `${a[0]} has sent at least ${fmt(n, lang)} troops to ${b[0]}, ${role} ${name} said on ${date}.`,
        `"We have seen the convoys ourselves," ${name} told reporters in ${place}.`,
        `${b[0]}'s foreign ministry denied the report, calling it baseless.`,
        `Analyst ${other} said the deployment may continue for months.`,
      ];
    } else if (story === 1) {
      title = `Floods in ${place} kill ${n % 90} people`;
      body = [
        `Floods in ${place} have killed ${n % 90} people and displaced about ${fmt(n * 3, lang)} residents, the disaster agency said on ${date}.`,
        `"The water rose within an hour," resident ${name} said.`,
        `According to ${role} ${other}, more rain is expected this week.`,
      ];
    } else {
      title = `Rice prices in ${place} rise ${n % 40} percent`;
      body = [
        `Rice prices in ${place} have risen ${n % 40} percent since ${MONTHS_EN[(month + 11) % 12]}, the trade ministry said.`,
        `Trader ${name} said supplies from ${a[0]} had fallen sharply.`,
        `"Stocks are sufficient until the harvest," ${role} ${other} said.`,
      ];
    }
  } else {
    const date = `${day} ${MONTHS_ID[month]}`;
    if (story === 0) {
      title = `${a[1]} Kirim ${fmt(n, lang)} Tentara ke ${b[1]}`;
      body = [
        `${role} ${name} mengatakan pada ${date} bahwa ${a[1]} telah mengirim setidaknya ${fmt(n, lang)} tentara ke ${b[1]}.`,
        `“Kami melihat sendiri iring-iringan itu,” kata ${name} kepada wartawan di ${place}.`,
        `Kementerian Luar Negeri ${b[1]} membantah laporan tersebut.`,
        `Pengamat ${other} menyatakan pengiriman itu mungkin berlanjut berbulan-bulan.`,
      ];
    } else if (story === 1) {
      title = `Banjir di ${place} Tewaskan ${n % 90} Orang`;
      body = [
        `Badan Penanggulangan Bencana mengatakan pada ${date} bahwa banjir di ${place} menewaskan ${n % 90} orang dan sekitar ${fmt(n * 3, lang)} warga mengungsi.`,
        `“Air naik dalam satu jam,” kata warga bernama ${name}.`,
        `Menurut ${role} ${other}, hujan lebat masih akan turun pekan ini.`,
      ];
    } else {
      title = `Harga Beras di ${place} Naik ${n % 40} Persen`;
      body = [
        `Kementerian Perdagangan menyatakan harga beras di ${place} naik ${n % 40} persen sejak ${MONTHS_ID[(month + 11) % 12]}.`,
        `Pedagang ${name} mengatakan pasokan dari ${a[1]} turun tajam.`,
        `“Stok cukup sampai panen,” ujar ${role} ${other}.`,
      ];
    }
  }
  return {
    text: [title, '', ...body.flatMap((p) => [p, ''])].join('\n').trim(),
    language: lang,
    title,
    outlet,
    published,
    url: `https://${outlet.toLowerCase().replace(/\s+/g, '-')}.example/${published}/${i}`,
  };
}
