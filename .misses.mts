import fs from 'node:fs';
import path from 'node:path';
import { checkFixture } from './src/eval/fixtures.ts';
const [lang, split = 'dev', filter = ''] = process.argv.slice(2);
const base = path.join('fixtures', lang);
for (const name of fs.readdirSync(base).sort()) {
  if (!name.startsWith('news-') || !name.includes(filter)) continue;
  const dir = path.join(base, name);
  const exp = JSON.parse(fs.readFileSync(path.join(dir, 'expect.json'), 'utf8'));
  if (exp.split !== split) continue;
  const r = checkFixture({ lang, name, dir });
  console.log(`== ${name}`);
  for (const p of (r as any).problems) if (/missing|speaker|extra/.test(p)) console.log('  ' + p);
}
