import fs from 'node:fs';
import path from 'node:path';
import { listFixtures } from '../eval/fixtures.js';
import { runPipeline } from '../pipeline/extract.js';

export interface ExtractBench {
  articles: number;
  megabytes: number;
  seconds: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  peakRssMb: number;
  statements: number;
}

/** Article texts from the fixtures and samples, repeated until the corpus holds `targetMb` of text. */
export function benchCorpus(root: string, targetMb = 10): Array<{ text: string; lang: string }> {
  const base: Array<{ text: string; lang: string }> = listFixtures(path.join(root, 'fixtures')).map((f) => ({
    text: fs.readFileSync(path.join(f.dir, 'input.txt'), 'utf8'),
    lang: f.lang,
  }));
  const samples = path.join(root, 'samples', 'articles');
  if (fs.existsSync(samples))
    for (const f of fs.readdirSync(samples).filter((x) => x.endsWith('.txt')))
      base.push({ text: fs.readFileSync(path.join(samples, f), 'utf8'), lang: '' });
  if (base.length === 0) throw new Error('no fixtures or samples to build a bench corpus from');
  const out: Array<{ text: string; lang: string }> = [];
  let bytes = 0;
  // vary each copy a little so no cache can answer for a previous one
  for (let n = 0; bytes < targetMb * 1024 * 1024; n++) {
    const a = base[n % base.length]!;
    const text = `${a.text}\n(${n})`;
    out.push({ text, lang: a.lang });
    bytes += Buffer.byteLength(text);
  }
  return out;
}

/** Extracts every article of the corpus on this thread; language detection included. */
export function benchExtract(corpus: Array<{ text: string; lang: string }>): ExtractBench {
  // warm up lexicons and gazetteers outside the measurement
  for (const a of corpus.slice(0, 20)) runPipeline(a.text, {});
  let statements = 0;
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  for (const a of corpus) {
    statements += runPipeline(a.text, {}).statements.length;
    bytes += Buffer.byteLength(a.text);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const megabytes = bytes / 1024 / 1024;
  return {
    articles: corpus.length,
    megabytes,
    seconds,
    articlesPerSecond: corpus.length / seconds,
    megabytesPerSecond: megabytes / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    statements,
  };
}
