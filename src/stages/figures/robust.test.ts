import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumbersAndDates } from './test-support/run.js';

// pieces that make the parsers work hard when shuffled together
const PIECES = [
  '3.000',
  '3,000',
  '1,5',
  '12',
  '2024',
  '23/10',
  '13 / 04 / 2020',
  '2024-10-23',
  'Rp',
  'Rp5',
  '$',
  '%',
  'juta',
  'million',
  'ribuan',
  'thousands',
  'of',
  'setidaknya',
  'at least',
  'hingga',
  'to',
  '-',
  '(',
  ')',
  'Rabu',
  'Monday',
  'Minggu',
  'lalu',
  'last',
  'week',
  'Oktober',
  'Oct.',
  'May',
  'awal',
  'mid-October',
  'tentara',
  'troops',
  'orang',
  'tiga',
  'three',
  'dua belas',
  'a',
  'dozen',
  'antara',
  'between',
  'dan',
  'and',
  'pukul',
  'Pasal',
  '+62',
  '0812',
  ',',
  '.',
  '\n',
  ' ',
  '“',
  '”',
  'é',
  '\u00a0',
];

const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(' ')),
  fc.string({ maxLength: 200 }),
);

describe('figures and dates on any text', () => {
  for (const lang of ['id', 'en']) {
    it(`never throw and keep every span inside the text, in order (${lang})`, () => {
      fc.assert(
        fc.property(text, fc.constantFrom(null, '2024-10-25'), (t, published) => {
          const doc = readNumbersAndDates(t, lang, published);
          for (const list of [doc.figures, doc.dates]) {
            let last = -1;
            for (const f of list) {
              expect(f.span.start).toBeGreaterThanOrEqual(0);
              expect(f.span.end).toBeLessThanOrEqual(t.length);
              expect(f.span.start).toBeLessThan(f.span.end);
              expect(t.slice(f.span.start, f.span.end)).toBe(f.text);
              expect(f.span.start).toBeGreaterThanOrEqual(last);
              expect(f.rule).toMatch(/^(figures|dates)\.[a-z-]+$/);
              last = f.span.start;
            }
          }
          for (const f of doc.figures) expect(Number.isFinite(f.value)).toBe(true);
          expect(doc.warnings).toEqual([]);
        }),
        { numRuns: 300 },
      );
    });
  }
});
