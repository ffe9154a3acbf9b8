import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface SeedResult {
  dataset: string;
  language: string;
  precision: number;
  recall: number;
  f1: number;
  speakerF1: number;
  stance: number;
  raw: string;
}

/**
 * Runs the team's seed scorer (`shared/tools/score-seed.mjs`) against our CLI, so the figure is
 * exactly the one the acceptance criterion names.
 */
export function evalSeed(sharedDir: string, bin: string): SeedResult | null {
  const scorer = path.join(sharedDir, 'tools', 'score-seed.mjs');
  if (!fs.existsSync(scorer)) return null;
  const raw = execFileSync(process.execPath, [scorer, process.execPath, bin, 'extract', '--json'], {
    encoding: 'utf8',
  });
  const line = raw.split('\n').find((l) => l.startsWith('all '));
  const num = (re: RegExp) => Number(re.exec(line ?? '')?.[1] ?? NaN);
  return {
    dataset: 'seed article',
    language: 'id',
    precision: num(/ P ([\d.]+)/),
    recall: num(/ R ([\d.]+)/),
    f1: num(/ F1 ([\d.]+)/),
    speakerF1: num(/speaker-F1 ([\d.]+)/),
    stance: num(/stance ([\d.]+)/),
    raw: raw.trim(),
  };
}
