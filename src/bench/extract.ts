import fs from 'node:fs';
import path from 'node:path';
import { listFixtures } from '../eval/fixtures.js';
import { runPipeline } from '../pipeline/extract.js';
import { detectLanguage } from '../stages/language/index.js';

export interface ExtractBench {
  articles: number;
  megabytes: number;
  seconds: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  peakRssMb: number;
  statements: number;
}

/** A typical news article: the seed article is 5,450 characters; most wire stories run 3-6 KB. */
const NEWS_LENGTH = 4000;

/**
 * Article texts from the fixtures and samples, repeated until the corpus holds `targetMb` of
 * text. `short` keeps each fixture as written (most are a few sentences, ~600 bytes); `news`
 * joins fixtures of one language as paragraphs until an article reaches news length, so the
 * per-article costs weigh as they do on real articles.
 */
export function benchCorpus(
  root: string,
  targetMb = 10,
  shape: 'short' | 'news' = 'short',
): Array<{ text: string; lang: string }> {
  const base: Array<{ text: string; lang: string }> = listFixtures(path.join(root, 'fixtures')).map((f) => ({
    text: fs.readFileSync(path.join(f.dir, 'input.txt'), 'utf8'),
    lang: f.lang,
  }));
  const samples = path.join(root, 'samples', 'articles');
  if (fs.existsSync(samples))
    for (const f of fs.readdirSync(samples).filter((x) => x.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(samples, f), 'utf8');
      // told by the detector, outside the measurement: a news-length article keeps one language
      base.push({ text, lang: detectLanguage(text).code });
    }
  if (base.length === 0) throw new Error('no fixtures or samples to build a bench corpus from');
  const out: Array<{ text: string; lang: string }> = [];
  let bytes = 0;
  const pending = new Map<string, string[]>();
  // vary each copy a little so no cache can answer for a previous one
  for (let n = 0; bytes < targetMb * 1024 * 1024; n++) {
    const a = base[n % base.length]!;
    const text = `${a.text}\n(${n})`;
    if (shape === 'short') {
      out.push({ text, lang: a.lang });
      bytes += Buffer.byteLength(text);
      continue;
    }
    const parts = pending.get(a.lang) ?? [];
    parts.push(text);
    pending.set(a.lang, parts);
    const joined = parts.join('\n\n');
    if (joined.length >= NEWS_LENGTH) {
      out.push({ text: joined, lang: a.lang });
      bytes += Buffer.byteLength(joined);
      pending.delete(a.lang);
    }
  }
  return out;
}

/**
 * Extracts every article of the corpus on this thread, language detection included, `rounds`
 * times; reports the median round, since a shared machine makes single runs vary by a third.
 */
export function benchExtract(corpus: Array<{ text: string; lang: string }>, rounds = 3): ExtractBench {
  // warm up lexicons and gazetteers outside the measurement
  for (const a of corpus.slice(0, 20)) runPipeline(a.text, {});
  let bytes = 0;
  for (const a of corpus) bytes += Buffer.byteLength(a.text);
  const times: number[] = [];
  let statements = 0;
  for (let r = 0; r < rounds; r++) {
    statements = 0;
    const t0 = process.hrtime.bigint();
    for (const a of corpus) statements += runPipeline(a.text, {}).statements.length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  const seconds = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
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
