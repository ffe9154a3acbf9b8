/**
 * @module Speed of the figures and dates stages, in MB of text per second on one core:
 * `npx tsx src/stages/figures/test-support/bench.ts [file lang]`. Without a file it generates
 * ~4 MB of news-like sentences (dense in figures and dates) per language and cuts them into
 * articles of 5 KB; normalize and segment run first and are not timed.
 */
import fs from 'node:fs';
import { loadLexicon } from '../../../lexicon/load.js';
import { newDoc } from '../../../pipeline/extract.js';
import type { StageContext } from '../../../pipeline/stage.js';
import { datesStage } from '../../dates/index.js';
import { normalizeStage } from '../../normalize/index.js';
import { segmentStage } from '../../segment/index.js';
import { figuresStage } from '../index.js';

const SENTENCES: Record<string, string[]> = {
  id: [
    'Pejabat itu mengatakan pada hari Rabu (23 Oktober) bahwa setidaknya 3.000 tentara telah tiba di wilayah timur.',
    'Pemerintah menyiapkan Rp 482,5 triliun untuk 2,6 juta jiwa dan 10 ribu keluarga, naik 25 persen dari tahun lalu.',
    'Ribuan warga berkumpul di alun-alun kota sejak pekan lalu untuk menuntut kejelasan dari para pejabat daerah.',
    'Menurut juru bicara kementerian, rapat lanjutan digelar Senin ( 13 / 04 / 2020 ) pukul 10.00 WIB di Jakarta.',
    'Dalam pernyataan tertulisnya, lembaga itu menyebut situasi keamanan di perbatasan masih terkendali dengan baik.',
    'Warga desa itu sudah lama menunggu bantuan dari pemerintah pusat yang dijanjikan sebelumnya oleh para pejabat.',
  ],
  en: [
    'The official told reporters on Wednesday (Oct. 23) that at least 3,000 North Korean troops had arrived in the east.',
    'The government set aside $2 billion for 1.5 million people, up 25 percent from last year, officials said.',
    'Thousands of residents gathered in the square since last week to demand answers from local officials.',
    'In a written statement, the agency said the security situation at the border remained under control.',
    'Residents of the village have long waited for the help that the central government had promised them.',
    'He added that the talks would continue and that both sides had agreed to keep their channels open.',
  ],
};

function generated(lang: string): string {
  const s = SENTENCES[lang]!;
  let out = '';
  for (let i = 0; out.length < 4e6; i++) out += s[(i * 7) % s.length]! + (i % 4 === 3 ? '\n' : ' ');
  return out;
}

function measure(source: string, lang: string): void {
  const lex = loadLexicon(lang);
  const docs = [];
  let bytes = 0;
  for (let off = 0; off + 5000 <= source.length; off += 5000) {
    const text = source.slice(off, off + 5000);
    const doc = newDoc(text, { lang, published: '2024-10-25' });
    const ctx: StageContext = { options: { lang, published: '2024-10-25' }, lex };
    doc.language = { code: lang, method: 'option', confidence: 1, supported: true };
    normalizeStage.run(doc, ctx);
    segmentStage.run(doc, ctx);
    docs.push({ doc, ctx });
    bytes += Buffer.byteLength(text);
  }
  for (const stage of [figuresStage, datesStage]) {
    // best of five, by wall clock and by this process's CPU time (steadier on a busy machine)
    let wall = Infinity;
    let cpu = Infinity;
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      for (const { doc, ctx } of docs) stage.run(doc, ctx);
      const c = process.cpuUsage(c0);
      wall = Math.min(wall, performance.now() - t0);
      cpu = Math.min(cpu, (c.user + c.system) / 1000);
    }
    const mb = bytes / 1e6;
    console.log(
      `${lang} ${stage.id}: ${(mb / (wall / 1000)).toFixed(1)} MB/s wall, ${(mb / (cpu / 1000)).toFixed(1)} MB/s CPU, over ${mb.toFixed(1)} MB`,
    );
  }
}

const [file, lang] = process.argv.slice(2);
if (file && lang) measure(fs.readFileSync(file, 'utf8'), lang);
else for (const l of ['id', 'en']) measure(generated(l), l);
