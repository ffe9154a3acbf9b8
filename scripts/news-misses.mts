// The missed and wrongly attributed gold statements of the DEV news fixtures of some languages,
// with the sentence around each anchor, to group misses by construction.
// npx tsx scripts/news-misses.mts es fr [--extra]
// Test-split fixtures are never read here: their errors must stay unseen.
import fs from 'node:fs';
import path from 'node:path';
import { checkFixture, listFixtures, readExpected } from '../src/eval/fixtures.js';

const langs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const extra = process.argv.includes('--extra');
for (const fx of listFixtures(path.resolve('fixtures'))) {
  if (langs.length && !langs.includes(fx.lang)) continue;
  if (!fx.name.startsWith('news-') || readExpected(fx.dir).split !== 'dev') continue;
  const text = fs.readFileSync(path.join(fx.dir, 'input.txt'), 'utf8');
  const r = checkFixture(fx);
  const shown = r.problems.filter(
    (p) => p.startsWith('missing:') || p.includes('speaker should be') || (extra && p.startsWith('extra:')),
  );
  for (const p of shown) {
    const anchor = /"([^"]+)"/.exec(p)?.[1] ?? '';
    const at = text.indexOf(anchor);
    const from = Math.max(0, text.lastIndexOf('\n', at) + 1, at - 160);
    const ctx = at >= 0 ? text.slice(from, at + anchor.length + 120).replace(/\n/g, ' ¶ ') : '';
    console.log(`${fx.lang} ${fx.name}: ${p}\n    ${ctx}\n`);
  }
}
