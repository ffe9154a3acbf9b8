import { describe, expect, it } from 'vitest';
import { extractText } from '../services/extract.js';
import { contentsHolding, datesOverlapping, mentionsWithin } from './positions.js';

// quotes, reported speech, names, figures and dates, several per paragraph
const text = Array.from(
  { length: 40 },
  (_, i) =>
    `“Kami akan mengirim ${i + 3} ribu tentara ke Rusia pada 3 Mei 2024,” kata Menteri Budi di Jakarta. ` +
    `Juru bicara Kremlin Dmitry Peskov membantah laporan itu pada Senin, sementara NATO mengatakan ${i} unit telah tiba.`,
).join('\n');
const r = extractText(text, { lang: 'id', published: '2024-05-06' });

describe('positions in an extraction', () => {
  it('finds the same mentions inside a span as a scan of every entity, in the scan’s order', () => {
    expect(r.statements.length).toBeGreaterThan(60);
    for (const st of r.statements) {
      const { start, end } = st.contentSpan;
      const scan: Array<[number, number]> = [];
      r.entities.forEach((e, ei) =>
        e.mentions.forEach((m, mi) => m.start >= start && m.end <= end && scan.push([ei, mi])),
      );
      expect(mentionsWithin(r, start, end)).toEqual(scan);
    }
  });

  it('finds the dates overlapping a span and the contents holding a span as a scan does', () => {
    for (const st of r.statements) {
      const { start, end } = st.contentSpan;
      const dates = r.dates.map((d) => d.span).filter((d) => d.start < end && d.end > start);
      expect(new Set(datesOverlapping(r, start, end))).toEqual(new Set(dates));
      for (const f of st.figures) {
        const holding = r.statements.filter(
          (o) => o.contentSpan.start <= f.span.start && o.contentSpan.end >= f.span.end,
        );
        expect(new Set(contentsHolding(r, f.span))).toEqual(new Set(holding));
      }
    }
  });
});
