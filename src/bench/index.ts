/**
 * @module Benchmarks (`npm run bench`): extraction throughput on one core now; the ledger and
 * API measurements join as those parts land. Goals live here, never in unit tests.
 */
import { benchCorpus, benchExtract } from './extract.js';

export async function runBench(root: string, out: (s: string) => void, args: string[]): Promise<void> {
  const mb = Number(args.find((a) => a.startsWith('--mb='))?.slice(5) ?? 10);
  const corpus = benchCorpus(root, mb);
  const r = benchExtract(corpus);
  out(`extract: ${r.articles} articles, ${r.megabytes.toFixed(1)} MB of text in ${r.seconds.toFixed(1)} s on one core\n`);
  out(`  ${r.articlesPerSecond.toFixed(0)} articles/s, ${r.megabytesPerSecond.toFixed(2)} MB/s (goal >= 2, aim 5), peak RSS ${r.peakRssMb.toFixed(0)} MB, ${r.statements} statements\n`);
}
