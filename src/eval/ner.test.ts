import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../domain/entity.js';
import { evalNer, scoreNer } from './ner.js';
import { readBio, spansOf } from './ner-read.js';
import { countMatches, f1Of, predictedSpans, tokenOffsets } from './ner-score.js';

describe('reading BIO-tagged datasets', () => {
  it('reads spans from B- and I- tags, an orphan I- opening a span', () => {
    expect(spansOf(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'B-LOC'])).toEqual([
      { start: 0, end: 2, label: 'PER' },
      { start: 3, end: 4, label: 'LOC' },
      { start: 4, end: 5, label: 'LOC' },
      { start: 5, end: 6, label: 'LOC' },
    ]);
  });

  it('reads token-tag lines and CoNLL-like lines with comments', () => {
    const plain = 'Rina\tB-PERSON\ntiba\tO\n\nDi\tO\nBogor\tB-PLACE\n';
    expect(readBio(plain, { token: 0, tag: 1 })).toEqual([
      { tokens: ['Rina', 'tiba'], gold: [{ start: 0, end: 1, label: 'PERSON' }] },
      { tokens: ['Di', 'Bogor'], gold: [{ start: 1, end: 2, label: 'PLACE' }] },
    ]);
    const conll = '# text = Ann left Oslo\n1\tAnn\tB-PER\t-\n2\tleft\tO\t-\n3\tOslo\tB-LOC\t-\n';
    expect(readBio(conll, { token: 1, tag: 2 })[0]?.gold).toHaveLength(2);
  });
});

describe('scoring predicted mentions', () => {
  const tokens = ['Kementerian', 'Luar', 'Negeri', 'Jerman', 'di', 'Berlin'];
  const offsets = tokenOffsets(tokens);
  const labels = { person: 'PER', organization: 'ORG', country: 'LOC', place: 'LOC' } as const;
  const entity = (type: Entity['type'], start: number, end: number): Entity => ({
    id: `${type}:${start}`,
    name: 'x',
    type,
    mentions: [{ start, end, text: 'x', rule: 'test' }],
  });

  it('maps mentions to tokens and leaves out a mention nested in another', () => {
    const ministry = entity('organization', 0, offsets[3]![1]);
    const germany = entity('country', offsets[3]![0], offsets[3]![1]);
    const berlin = entity('place', offsets[5]![0], offsets[5]![1]);
    expect(predictedSpans([ministry, germany, berlin], offsets, labels)).toEqual([
      { start: 0, end: 4, label: 'ORG' },
      { start: 5, end: 6, label: 'LOC' },
    ]);
  });

  it('counts exact span and label matches into micro precision, recall and F1', () => {
    const gold = [
      { start: 0, end: 4, label: 'ORG' },
      { start: 5, end: 6, label: 'LOC' },
    ];
    const c = countMatches(gold, [
      { start: 0, end: 4, label: 'ORG' },
      { start: 5, end: 6, label: 'PER' },
    ]);
    expect(c).toEqual({ gold: 2, predicted: 2, correct: 1 });
    expect(f1Of(c)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(f1Of({ gold: 0, predicted: 0, correct: 0 }).f1).toBe(0);
  });
});

describe('scoring a dataset read on one half', () => {
  const labels = { person: 'PER', organization: 'ORG', country: 'LOC', place: 'LOC' } as const;
  const conll = (words: string[], tags: string[]): string =>
    words.map((w, i) => `${i + 1}\t${w}\t${tags[i]}`).join('\n');
  const content = [
    conll(['Protesters', 'gathered', 'in', 'France', '.'], ['O', 'O', 'O', 'B-LOC', 'O']),
    conll(['nothing', 'happened', 'in', 'zorblax', '.'], ['O', 'O', 'O', 'B-LOC', 'O']),
  ].join('\n\n');
  const dataset = {
    name: 't',
    tunedOn: true,
    language: 'en',
    file: '',
    columns: { token: 1, tag: 2 },
    labels,
  };

  it('scores the first half as tuned and the second as held out', () => {
    const s = scoreNer(content, { ...dataset, halves: true });
    expect(s.halves?.map((h) => [h.half, h.tunedOn, h.recall])).toEqual([
      ['first', true, 1],
      ['second', false, 0],
    ]);
    expect(s.recall).toBe(0.5);
  });

  it('gives no halves to a dataset read whole', () => {
    expect(scoreNer(content, dataset).halves).toBeUndefined();
  });
});

// The datasets live outside the project (../shared); a fresh clone has none and skips.
const shared = path.resolve(import.meta.dirname, '..', '..', '..', 'shared');
const hasDatasets = fs.existsSync(path.join(shared, 'datasets'));

describe('entity recognition on the public datasets', () => {
  it('skips datasets that are absent', async () => {
    expect(await evalNer(path.join(shared, 'no-such-folder'))).toEqual([]);
  });

  it.skipIf(!hasDatasets)('scores at least 0.60 F1 on NERGrit and Universal NER English', async () => {
    const scores = await evalNer(shared);
    const tuned = scores.filter((s) => s.dataset === 'nergrit-valid' || s.dataset === 'uner-en-pud-wiki');
    expect(tuned.map((s) => s.dataset).sort()).toEqual(['nergrit-valid', 'uner-en-pud-wiki']);
    for (const s of tuned) expect(s.f1, s.dataset).toBeGreaterThanOrEqual(0.6);
  });
});
