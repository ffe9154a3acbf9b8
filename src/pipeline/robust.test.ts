import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from '../services/extract.js';

// text that looks like news: words of both languages, quotation marks of every style, numbers
// with separators, punctuation, line breaks, and the odd astral or control character
const piece = fc.oneof(
  fc.constantFrom(
    'kata',
    'said',
    'mengatakan',
    'menurut',
    'according to',
    'Austin',
    'Korea Utara',
    'NATO',
    'tidak',
    'not',
    'jika',
    'if',
    '3.000',
    '3,000',
    '1,5 juta',
    'Rabu (23 Oktober)',
    'on Monday',
    'tambahnya',
    'he added',
    ':',
    ',',
    '.',
    '?',
    '—',
    '(',
    ')',
  ),
  fc.constantFrom('“', '”', '"', '«', '»', '„', '‘', '’', "'", '「', '」'),
  fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\r\n', '\u00a0', '\t'),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('😀', '\u200b', '\u0000', '\ufeff', 'é', 'ß'),
);
const article = fc.array(piece, { maxLength: 120 }).map((xs) => xs.join(''));

describe('the extractor on any text', () => {
  it('never throws, and every span it gives lies inside the text', () => {
    fc.assert(
      fc.property(article, fc.constantFrom(undefined, 'id', 'en'), (text, lang) => {
        const r = extractText(text, lang ? { lang } : {});
        const inside = (s: { start: number; end: number } | null | undefined) => {
          if (!s) return;
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThanOrEqual(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
        };
        expect(r.text).toBe(text);
        for (const st of r.statements) {
          inside(st.span);
          inside(st.contentSpan);
          inside(st.cueSpan);
          inside(st.speaker.span);
          inside(st.citedSource?.span);
          expect(text.slice(st.contentSpan.start, st.contentSpan.end)).toBe(st.content);
        }
        for (const e of r.entities) for (const m of e.mentions) inside(m);
        for (const f of r.figures) inside(f.span);
        for (const d of r.dates) inside(d.span);
      }),
      { numRuns: 300 },
    );
  });
});
