// Link quality totals per corpus (B-cubed as written, and merged where declared), for a quick
// check after each change: npx tsx scripts/link-totals.mts [corpus ...] (default: all three)
import { evalLinks } from '../src/eval/links.js';

const dirs = process.argv.slice(2);
for (const dir of dirs.length ? dirs : ['samples', 'samples-dev', 'samples2']) {
  const r = await evalLinks(dir);
  if (!r) continue;
  const b = r.asWritten.bcubed;
  const m = r.merged?.bcubed;
  console.log(
    `${dir.padEnd(12)} P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}${m ? `  merged F1 ${m.f1.toFixed(3)}` : ''}  claims ${r.claims} largest-over ${r.claimsOfLargestProposition}  ceiling R ${r.ceiling.recall.toFixed(3)}`,
  );
}
