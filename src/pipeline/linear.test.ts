import { describe, expect, it } from 'vitest';
import { quoteDenseText } from '../bench/process.js';
import { runPipeline } from './extract.js';

/** Least CPU time of two extractions of `text`: the least disturbed by a shared machine. */
function cpuSeconds(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const c0 = process.cpuUsage();
    runPipeline(text, { lang: 'en' });
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1e6);
  }
  return best;
}

describe('extraction cost', () => {
  // generous bounds, not a benchmark: linear cost gives about 4 for four times the text,
  // per-statement scans over all figures and dates gave 10 and more
  it('grows about as the text does: four times a quote-dense text takes less than eight times as long', () => {
    const small = quoteDenseText(20_000);
    const large = quoteDenseText(80_000);
    runPipeline(small, { lang: 'en' }); // lexicons compiled, code warmed
    const ratio = cpuSeconds(large) / cpuSeconds(small);
    expect(ratio, `${ratio.toFixed(2)}x the time for 4x the text`).toBeLessThan(8);
  }, 60_000);
});
