import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../lexicon/load.js';
import { DatesLexicon } from '../../lexicon/kinds/dates.js';
import { NumbersLexicon } from '../../lexicon/kinds/numbers.js';
import { UnitsLexicon } from '../../lexicon/kinds/units.js';

describe('number, unit and date lexicons', () => {
  it('load for Indonesian and English under their strict schemas', () => {
    for (const lang of ['id', 'en']) {
      const lex = loadLexicon(lang);
      expect(Object.keys(lex.data.numbers.words).length).toBeGreaterThan(5);
      expect(lex.data.units.units.some((u) => u.unit === 'troops')).toBe(true);
      expect(Object.keys(lex.data.dates.months)).toHaveLength(lang === 'id' ? 14 : 12);
    }
  });

  it('reject unknown keys and out-of-range values', () => {
    expect(NumbersLexicon.safeParse({ wrods: {} }).success).toBe(false);
    expect(UnitsLexicon.safeParse({ units: [{ unit: 'troops', forms: ['x'] }] }).success).toBe(false);
    expect(DatesLexicon.safeParse({ months: { oktober: 13 } }).success).toBe(false);
    expect(DatesLexicon.safeParse({ weekdays: { senin: 0 } }).success).toBe(false);
  });

  it('accept an empty file, so a new language can start with no data', () => {
    expect(NumbersLexicon.parse({}).vague).toEqual([]);
    expect(UnitsLexicon.parse({}).units).toEqual([]);
    expect(DatesLexicon.parse({}).relative).toEqual([]);
  });
});
