import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from './test-helpers.js';

describe('the entities stage on odd text', () => {
  it('never throws and keeps every span inside the text', () => {
    const words = fc.constantFrom(
      'Korea',
      'Utara',
      'AS',
      'NATO-nya',
      'Kota',
      'di',
      ',',
      '"',
      'Dr.',
      'X',
      'the',
      "'s",
      'Wŏnsan',
      '\n',
      ' ',
      'Kementerian',
      'Luar',
      'Negeri',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(words, { maxLength: 60 }).map((w) => w.join(' ')),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('id', 'en'), (t, lang) => {
        const doc = extract(t, lang);
        for (const e of doc.entities)
          for (const m of e.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(t.length);
            expect(t.slice(m.start, m.end)).toBe(m.text);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('returns no entities for an empty text', () => {
    expect(extract('', 'id').entities).toEqual([]);
  });
});
