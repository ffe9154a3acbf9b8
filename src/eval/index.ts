/**
 * @module The evaluation harness: scores the extractor against the gold data in ../shared
 * (the seed article, PFSA-ID, NERGrit, UNER English) and prints precision, recall and F1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { evalNer } from './ner.js';
import { evalPfsa } from './pfsa.js';
import { evalSeed } from './seed.js';

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

export interface EvalOptions {
  sharedDir: string;
  bin: string;
  out: (s: string) => void;
}

/** Runs every evaluation whose data is present; returns the results for --json. */
export async function runEval({ sharedDir, bin, out }: EvalOptions): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  if (!fs.existsSync(sharedDir)) {
    out(`no gold data: ${sharedDir} is absent (a clone without ../shared); nothing to measure, nothing failed\n`);
    return results;
  }
  out('dataset                         lang  measure                   P      R      F1\n');
  const row = (d: string, l: string, m: string, p: number, r: number, f: number) =>
    out(`${d.padEnd(32)}${l.padEnd(6)}${m.padEnd(24)}${pct(p)}  ${pct(r)}  ${pct(f)}\n`);

  const seed = evalSeed(sharedDir, bin);
  if (seed) {
    results.seed = seed;
    row(seed.dataset, seed.language, 'statements found', seed.precision, seed.recall, seed.f1);
    out(`${''.padEnd(38)}speaker-F1 ${pct(seed.speakerF1)}   stance accuracy ${pct(seed.stance)}\n`);
  }

  const pfsaFile = path.join(sharedDir, 'datasets', 'pfsa-id', 'dev-40.txt');
  if (fs.existsSync(pfsaFile)) {
    const r = evalPfsa(pfsaFile);
    results.pfsa = r;
    row(r.dataset, r.language, 'STATEMENT exact', r.statementExact.precision, r.statementExact.recall, r.statementExact.f1);
    row('', '', 'STATEMENT overlap', r.statementOverlap.precision, r.statementOverlap.recall, r.statementOverlap.f1);
    row('', '', 'CUE', r.cue.precision, r.cue.recall, r.cue.f1);
    out(`${''.padEnd(38)}speaker attribution ${pct(r.speakerAttribution)} (${r.speakerFound} of found statements)\n`);
  }

  const ner = await evalNer(sharedDir);
  results.ner = ner;
  for (const r of ner) row(r.dataset, r.language, 'entities (exact, typed)', r.precision, r.recall, r.f1);
  return results;
}
