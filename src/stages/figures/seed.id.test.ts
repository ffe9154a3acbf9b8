import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNumbersAndDates } from './test-support/run.js';

// The seed article and its hand annotation live outside the project; read at run time only.
const seedDir = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'seed');
const goldFile = path.join(seedDir, 'gold.json');
const present = fs.existsSync(goldFile);

interface Gold {
  document: string;
  reference_date: string;
  figures: Array<{ value: number; qualifier: string; surface: string }>;
}

describe.skipIf(!present)('figures and dates of the seed article', () => {
  const gold = present ? (JSON.parse(fs.readFileSync(goldFile, 'utf8')) as Gold) : null;
  const text = gold ? fs.readFileSync(path.join(seedDir, gold.document), 'utf8') : '';

  it('reads every annotated figure with its value, qualifier and troops as the unit', () => {
    const doc = readNumbersAndDates(text, 'id', gold!.reference_date);
    for (const g of gold!.figures) {
      const f = doc.figures.find((x) => x.text === g.surface);
      expect(f, g.surface).toMatchObject({ value: g.value, qualifier: g.qualifier, unit: 'troops' });
    }
  });

  it('resolves every date once a reference date is given, and none without one', () => {
    const dated = readNumbersAndDates(text, 'id', gold!.reference_date).dates;
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((d) => d.value !== null)).toBe(true);
    const undated = readNumbersAndDates(text, 'id', null).dates;
    expect(
      undated.filter((d) => d.value !== null).every((d) => d.stated && !d.implied.includes('year')),
    ).toBe(true);
  });
});
