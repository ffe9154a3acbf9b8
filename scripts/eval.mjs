// npm run eval: scores the built extractor against ../shared gold data (see src/eval/).
// Claim links are scored on samples/ (tuned on) and on every other samples*/ folder holding a
// gold-links.json (untuned test corpora); `--corpus=dir` adds one more.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEval } from '../dist/eval/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// npm run eval -- --gold file: score the pipeline against a desk's gold (export --format gold)
const goldAt = process.argv.indexOf('--gold');
if (goldAt > 0) {
  const { evalGoldFile, printGoldFile } = await import('../dist/eval/gold-file.js');
  const r = await evalGoldFile(path.resolve(process.argv[goldAt + 1] ?? ''));
  printGoldFile(r, (s) => process.stdout.write(s));
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  process.exit(0);
}
const sharedDir = process.env.CORROBORATE_SHARED ?? path.resolve(root, '..', 'shared');
const testCorpora = fs
  .readdirSync(root)
  .filter((d) => /^samples.+/.test(d) && fs.existsSync(path.join(root, d, 'gold-links.json')))
  .sort()
  .map((d) => path.join(root, d));
for (const a of process.argv) if (a.startsWith('--corpus=')) testCorpora.push(path.resolve(a.slice(9)));
const results = await runEval({
  sharedDir,
  samplesDir: path.join(root, 'samples'),
  testCorpora,
  fixturesDir: path.join(root, 'fixtures'),
  bin: path.join(root, 'bin', 'corroborate.js'),
  out: (s) => process.stdout.write(s),
});
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
