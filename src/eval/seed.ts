import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Statement } from '../domain/statement.js';
import { runPipeline } from '../pipeline/extract.js';
import { speakerRuleOf, type Match } from './breakdown.js';

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

interface SeedGold {
  document: string;
  language: string;
  statements: Array<{
    anchor: string;
    speaker: string;
    speaker_aliases?: string[];
    stance: string;
    optional?: boolean;
  }>;
}

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The seed's gold statements the extractor found, with stance and speaker rule, for the
 * breakdowns. Matched as the seed scorer does: a statement overlapping the sentence of the gold
 * anchor, preferring one whose speaker name holds a gold alias (or is held by one).
 */
export function seedMatches(sharedDir: string): Match[] | null {
  const dir = path.join(sharedDir, 'corpus', 'seed');
  const goldFile = path.join(dir, 'gold.json');
  if (!fs.existsSync(goldFile)) return null;
  const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as SeedGold;
  const text = fs.readFileSync(path.join(dir, gold.document), 'utf8');
  const doc = runPipeline(text, { lang: gold.language });
  const out: Match[] = [];
  for (const g of gold.statements) {
    if (g.optional) continue;
    const at = text.indexOf(g.anchor);
    let a = at;
    while (a > 0 && !/[.!?\n]/.test(text[a - 1]!)) a--;
    const stop = /[.!?…]["”’»]?(\s|$)|\n/g;
    stop.lastIndex = at + g.anchor.length;
    const e = stop.exec(text)?.index ?? text.length;
    const here = doc.statements.filter((s) => s.span.start <= e && a < s.span.end);
    const forms = [g.speaker, ...(g.speaker_aliases ?? [])].map(norm).filter((f) => f.length >= 3);
    const right = (s: Statement) => {
      const p = norm(`${s.speaker.name} | ${s.speaker.role ?? ''}`);
      return forms.some(
        (f) => p.includes(f) || (f.includes(norm(s.speaker.name)) && norm(s.speaker.name).length >= 4),
      );
    };
    const p = here.find((s) => right(s) && s.stance === g.stance) ?? here.find(right) ?? here[0];
    if (!p) continue;
    out.push({
      goldStance: g.stance,
      stance: p.stance,
      speakerRule: speakerRuleOf(p.rule),
      speakerOk: right(p),
    });
  }
  return out;
}
