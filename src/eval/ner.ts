/**
 * @module Entity recognition scored on public datasets: exact span and type, micro-averaged.
 * Reads the datasets from `<shared>/datasets/` at run time; a missing file is skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EntityType } from '../domain/entity.js';
import { isSupported } from '../lexicon/load.js';
import { runPipeline } from '../pipeline/extract.js';
import { readBio } from './ner-read.js';
import { countMatches, f1Of, predictedSpans, tokenOffsets, type Counts } from './ner-score.js';

export interface NerScore {
  dataset: string;
  tunedOn: boolean;
  language: string;
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  /** where errors were read on one half only: each half's score, the first being the tuned one */
  halves?: NerHalf[];
}

export interface NerHalf {
  half: 'first' | 'second';
  tunedOn: boolean;
  precision: number;
  recall: number;
  f1: number;
}

interface NerDataset {
  name: string;
  /** whether rules or lexicons were adjusted while looking at this set's errors */
  tunedOn: boolean;
  language: string;
  file: string;
  columns: { token: number; tag: number };
  labels: Record<EntityType, string>;
  /** errors were read on the first half of the sentences only; the second half is held out */
  halves?: boolean;
}

export const NER_DATASETS: readonly NerDataset[] = [
  {
    name: 'nergrit-valid',
    tunedOn: true,
    language: 'id',
    file: 'nergrit/valid_preprocess.txt',
    columns: { token: 0, tag: 1 },
    labels: { person: 'PERSON', organization: 'ORGANISATION', country: 'PLACE', place: 'PLACE' },
  },
  {
    name: 'uner-en-pud-wiki',
    tunedOn: true,
    language: 'en',
    file: 'uner-en-pud/en_pud-wiki.iob2',
    columns: { token: 1, tag: 2 },
    labels: { person: 'PER', organization: 'ORG', country: 'LOC', place: 'LOC' },
  },
  // the same Wikipedia sentences in German, Portuguese and Russian; scored when a lexicon exists
  ...(['de', 'pt', 'ru'] as const).map((language) => ({
    name: `uner-${language}-pud-wiki`,
    // the German set guided the capitalised-noun rules and the Russian one the place and name
    // keywords; the Portuguese one was only measured
    tunedOn: language !== 'pt',
    halves: language !== 'pt',
    language,
    file: `uner-pud/${language}-wiki.iob2`,
    columns: { token: 1, tag: 2 },
    labels: { person: 'PER', organization: 'ORG', country: 'LOC', place: 'LOC' } as Record<
      EntityType,
      string
    >,
  })),
];

/** Runs the pipeline on every sentence of one dataset, its text being the tokens joined by spaces. */
export function scoreNer(content: string, d: NerDataset): NerScore {
  const sentences = readBio(content, d.columns);
  const mid = Math.ceil(sentences.length / 2);
  const zero = (): Counts => ({ gold: 0, predicted: 0, correct: 0 });
  const total = zero();
  const halves = [zero(), zero()];
  sentences.forEach((s, i) => {
    const doc = runPipeline(s.tokens.join(' '), { lang: d.language });
    const predicted = predictedSpans(doc.entities, tokenOffsets(s.tokens), d.labels);
    const c = countMatches(s.gold, predicted);
    for (const t of [total, halves[i < mid ? 0 : 1]!]) {
      t.gold += c.gold;
      t.predicted += c.predicted;
      t.correct += c.correct;
    }
  });
  return {
    dataset: d.name,
    tunedOn: d.tunedOn,
    language: d.language,
    ...f1Of(total),
    gold: total.gold,
    predicted: total.predicted,
    ...(d.halves && {
      halves: halves.map((h, i) => ({
        half: i === 0 ? ('first' as const) : ('second' as const),
        tunedOn: i === 0,
        ...f1Of(h),
      })),
    }),
  };
}

/** Scores every dataset found under `<sharedDir>/datasets/`; absent ones are left out. */
export async function evalNer(sharedDir: string): Promise<NerScore[]> {
  const out: NerScore[] = [];
  for (const d of NER_DATASETS) {
    if (!isSupported(d.language)) continue;
    const file = path.join(sharedDir, 'datasets', d.file);
    let content: string;
    try {
      content = await fs.promises.readFile(file, 'utf8');
    } catch {
      continue;
    }
    out.push(scoreNer(content, d));
  }
  return out;
}
