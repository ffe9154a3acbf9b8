/**
 * @module The evaluation harness: scores the extractor against the gold data in ../shared
 * (the seed article, PFSA-ID, NERGrit, UNER English) and prints precision, recall and F1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { evalLinks } from './links.js';
import type { LinkScores } from './link-score.js';
import { evalNer } from './ner.js';
import { f1 } from './conll.js';
import { checkFixture, listFixtures } from './fixtures.js';
import { evalPfsa } from './pfsa.js';
import { evalSeed } from './seed.js';

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

export interface EvalOptions {
  sharedDir: string;
  /** the project's own sample corpus with its claim-link gold (samples/): the one linking was tuned on */
  samplesDir: string;
  /** further corpora in the same format (samples2/ ...), scored as their own rows, untuned */
  testCorpora?: string[];
  fixturesDir: string;
  bin: string;
  out: (s: string) => void;
}

/** Runs every evaluation whose data is present; returns the results for --json. */
export async function runEval({
  sharedDir,
  samplesDir,
  testCorpora = [],
  fixturesDir,
  bin,
  out,
}: EvalOptions): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  const shared = fs.existsSync(sharedDir);
  if (!shared)
    out(
      `${sharedDir} is absent (a clone without ../shared): the seed, PFSA-ID, NERGrit and UNER scores are skipped; the team's own data is still measured\n\n`,
    );
  out('dataset                         lang  measure                       P      R      F1\n');
  const row = (d: string, l: string, m: string, p: number, r: number, f: number) =>
    out(`${d.padEnd(32)}${l.padEnd(6)}${m.padEnd(28)}${pct(p)}  ${pct(r)}  ${pct(f)}\n`);

  const seed = shared ? evalSeed(sharedDir, bin) : null;
  if (seed) {
    results.seed = seed;
    row(seed.dataset, seed.language, 'statements found', seed.precision, seed.recall, seed.f1);
    out(`${''.padEnd(38)}speaker-F1 ${pct(seed.speakerF1)}   stance accuracy ${pct(seed.stance)}\n`);
  }

  const pfsaFile = path.join(sharedDir, 'datasets', 'pfsa-id', 'dev-40.txt');
  if (fs.existsSync(pfsaFile)) {
    const r = evalPfsa(pfsaFile);
    results.pfsa = r;
    row(
      r.dataset,
      r.language,
      'STATEMENT exact',
      r.statementExact.precision,
      r.statementExact.recall,
      r.statementExact.f1,
    );
    row(
      '',
      '',
      'STATEMENT overlap',
      r.statementOverlap.precision,
      r.statementOverlap.recall,
      r.statementOverlap.f1,
    );
    row('', '', 'CUE', r.cue.precision, r.cue.recall, r.cue.f1);
    out(
      `${''.padEnd(38)}speaker attribution ${pct(r.speakerAttribution)} (${r.speakerFound} of found statements)\n`,
    );
  }

  for (const lang of [...new Set(listFixtures(fixturesDir).map((f) => f.lang))]) {
    const reports = listFixtures(fixturesDir)
      .filter((f) => f.lang === lang)
      .map(checkFixture);
    const sum = (k: 'expected' | 'predicted' | 'found' | 'speakerOk') =>
      reports.reduce((n, r) => n + r.statements[k], 0);
    const passed = reports.filter((r) => r.problems.length === 0).length;
    row(
      `team fixtures (${reports.length} cases)`,
      lang,
      'statements found',
      sum('found') / Math.max(1, sum('predicted')),
      sum('found') / Math.max(1, sum('expected')),
      f1(sum('found') / Math.max(1, sum('predicted')), sum('found') / Math.max(1, sum('expected'))),
    );
    out(
      `${''.padEnd(38)}speaker right ${pct(sum('speakerOk') / Math.max(1, sum('found')))}; ${passed}/${reports.length} cases exactly as annotated\n`,
    );
    results[`fixtures_${lang}`] = {
      cases: reports.length,
      passed,
      ...Object.fromEntries(
        (['expected', 'predicted', 'found', 'speakerOk'] as const).map((k) => [k, sum(k)]),
      ),
    };
  }

  const corpora = [
    { dir: samplesDir, tunedOn: true },
    ...testCorpora.map((dir) => ({ dir, tunedOn: false })),
  ];
  const links = [];
  for (const c of corpora) {
    const r = await evalLinks(c.dir, { tunedOn: c.tunedOn });
    if (!r) continue;
    links.push(r);
    const name = `${r.dataset} claim links`;
    out(`${name.padEnd(32)}id+en ${`(tuned on: ${r.tunedOn ? 'yes' : 'no'})`.padEnd(24)}
`);
    const both = (how: string, s: LinkScores) => {
      row('', '', `B-cubed, ${how}`, s.bcubed.precision, s.bcubed.recall, s.bcubed.f1);
      row('', '', `pairs, ${how}`, s.pairs.precision, s.pairs.recall, s.pairs.f1);
    };
    both('gold as written', r.asWritten);
    if (r.merged) both(`sameClaim merged`, r.merged);
    out(
      `${''.padEnd(38)}${r.matched} of ${r.statements} gold statements extracted; ${r.claims} claims; largest proposition over ${r.claimsOfLargestProposition} claim(s)\n`,
    );
  }
  if (links.length) results.links = links;

  const ner = shared ? await evalNer(sharedDir) : [];
  results.ner = ner;
  for (const r of ner) row(r.dataset, r.language, 'entities (exact, typed)', r.precision, r.recall, r.f1);
  return results;
}
