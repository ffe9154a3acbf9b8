import fs from 'node:fs';
import path from 'node:path';
import { listFixtures } from '../eval/fixtures.js';
import { runPipeline } from '../pipeline/extract.js';

/** The lengths extraction is measured at, in bytes. */
export const SIZES = [1024, 10 * 1024, 100 * 1024, 1024 * 1024] as const;

export interface SizeBench {
  lang: string;
  /** MB/s at each of SIZES, language given */
  megabytesPerSecond: number[];
  /** time per KB at 1 MB over time per KB at 10 KB: 1.0 is linear */
  ratio1MbTo10Kb: number;
}

/**
 * One text of about `bytes` in `lang`: the language's fixture articles joined as paragraphs, each
 * copy numbered so no two paragraphs are the same, cut at a paragraph end.
 */
export function textOfSize(root: string, lang: string, bytes: number): string {
  const inputs = listFixtures(path.join(root, 'fixtures'))
    .filter((f) => f.lang === lang)
    .map((f) => fs.readFileSync(path.join(f.dir, 'input.txt'), 'utf8'));
  if (!inputs.length) throw new Error(`no fixtures in ${lang}`);
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const p = `${inputs[n % inputs.length]!}\n(${n})`;
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  let text = parts.join('\n\n');
  // the last paragraph may overshoot: keep whole paragraphs up to the size when there are several
  while (Buffer.byteLength(text) > bytes * 1.05 && parts.length > 1) {
    const cut = text.lastIndexOf('\n\n');
    const shorter = text.slice(0, cut);
    if (Buffer.byteLength(shorter) < bytes * 0.5) break;
    text = shorter;
    parts.pop();
  }
  return text.length > bytes * 1.05 && parts.length === 1 ? text.slice(0, bytes) : text;
}

/** CPU seconds of extracting `text` (language given), repeated until `minBytes` were read; best of 3. */
function secondsPerRun(text: string, lang: string, minBytes: number): number {
  const bytes = Buffer.byteLength(text);
  const runs = Math.max(1, Math.ceil(minBytes / bytes));
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const c0 = process.cpuUsage();
    for (let r = 0; r < runs; r++) runPipeline(text, { lang });
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1e6 / runs);
  }
  return best;
}

/** Extraction speed of each language at 1 KB, 10 KB, 100 KB and 1 MB, in CPU time. */
export function benchSizes(root: string, langs: string[], minBytes = 1024 * 1024): SizeBench[] {
  return langs.map((lang) => {
    const texts = SIZES.map((s) => textOfSize(root, lang, s));
    // warm up: lexicons compiled and the code optimised outside the measurement
    for (let i = 0; i < 3; i++) runPipeline(texts[2]!, { lang });
    const seconds = texts.map((t) => secondsPerRun(t, lang, minBytes));
    const perKb = texts.map((t, i) => seconds[i]! / (Buffer.byteLength(t) / 1024));
    return {
      lang,
      megabytesPerSecond: texts.map((t, i) => Buffer.byteLength(t) / 1048576 / seconds[i]!),
      ratio1MbTo10Kb: perKb[3]! / perKb[1]!,
    };
  });
}
