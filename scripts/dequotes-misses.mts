// German Wikinews quotations on the TRAIN split (the tuned one): totals, found-by-type, and the
// missed gold quotations with their type and context, to group misses by class.
// npx tsx scripts/dequotes-misses.mts [--misses] [--type=Indirect] [--limit=40] [--false]
// The dev split is never read here: its errors must stay unseen.
import path from 'node:path';
import fs from 'node:fs';
import { runPipeline } from '../src/pipeline/extract.js';
import { evalDeQuotes, type GoldQuote } from '../src/eval/dequotes.js';

const file = path.resolve('../shared/datasets/de-quotes/train.jsonl');
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const r = evalDeQuotes(file, 'German Wikinews quotes train');
const f = (s: { precision: number; recall: number; f1: number }) =>
  `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
console.log(
  `train quotations ${f(r.quotations)}  speaker ${f(r.speaker)}  cue ${f(r.cue)}  predicted ${r.predicted} gold ${r.gold}`,
);
console.log(
  Object.entries(r.byType)
    .map(([t, c]) => `${t} ${c.found}/${c.gold}`)
    .join(', '),
);
if (!args.has('misses') && !args.has('false')) process.exit(0);

type Spans = Array<[number, number]>;
const len = (s: Spans) => s.reduce((n, [a, b]) => n + (b - a), 0);
const ov = (a: Spans, b: Spans) => {
  let n = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) n += Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
  return n;
};
const dice = (a: Spans, b: Spans) => (2 * ov(a, b)) / (len(a) + len(b) || 1);
const limit = Number(args.get('limit') ?? 40);
const type = args.get('type');
let shown = 0;
for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  if (shown >= limit) break;
  const a = JSON.parse(line) as { id: string; text: string; quotes: (GoldQuote & { frame: Spans })[] };
  const stmts = runPipeline(a.text, { lang: 'de' }).statements;
  const sp = stmts.map(
    (s) => [[[s.span.start, s.span.end]], [[s.contentSpan.start, s.contentSpan.end]]] as Spans[],
  );
  if (args.has('misses'))
    for (const q of a.quotes) {
      if (type && q.type !== type) continue;
      const best = Math.max(0, ...sp.map(([x, y]) => Math.max(dice(x!, q.quote), dice(y!, q.quote))));
      if (best >= 0.5) continue;
      const s0 = Math.min(
        ...q.quote.map((x) => x[0]),
        ...q.frame.map((x) => x[0]),
        ...q.speaker.map((x) => x[0]),
      );
      const e0 = Math.max(...q.quote.map((x) => x[1]), ...q.frame.map((x) => x[1]));
      const t = (s: Spans) => s.map(([x, y]) => a.text.slice(x, y)).join(' … ');
      console.log(`\n[${q.type}${q.nested ? ' nested' : ''}] best ${best.toFixed(2)} ${a.id}`);
      console.log(`  ctx: ${a.text.slice(Math.max(0, s0 - 60), e0 + 40).replace(/\n/g, ' ¶ ')}`);
      console.log(`  speaker: ${t(q.speaker)} | cue: ${t(q.cue)} | quote: ${t(q.quote).slice(0, 120)}`);
      if (++shown >= limit) break;
    }
  if (args.has('false'))
    for (const [i, s] of stmts.entries()) {
      const best = Math.max(
        0,
        ...a.quotes.map((q) => Math.max(dice(sp[i]![0]!, q.quote), dice(sp[i]![1]!, q.quote))),
      );
      if (best >= 0.5) continue;
      console.log(
        `\n[FP] ${s.rule} best ${best.toFixed(2)} ${s.speaker.name} | ${s.cue} | ${a.text.slice(s.span.start, s.span.end).replace(/\n/g, ' ¶ ').slice(0, 200)}`,
      );
      if (++shown >= limit) break;
    }
}
