import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

describe('figures and dates attached by position', () => {
  it('gives each statement the figures inside its own content only', () => {
    const text = [
      'Flood toll rises',
      '',
      'The agency said 12 people had died in the floods.',
      'The governor said 300 houses were damaged.',
      'Officials said 40 bridges were closed on Monday.',
    ].join('\n');
    const st = statementsOf(text, 'en', '2024-12-10');
    const figs = st.map((s) => s.figures.map((f) => f.value));
    expect(figs).toEqual([[12], [300], [40]]);
  });

  it('reads a date in the attribution as well as in the content', () => {
    const text = ['Talks resume', '', 'The talks will resume soon, the minister said on Monday.'].join('\n');
    const [s] = statementsOf(text, 'en', '2024-12-10');
    expect(s?.dates.length).toBe(1);
    expect(s?.figures).toEqual([]);
  });

  it('attaches a figure to every statement whose content holds it, in text order', () => {
    const text = [
      'Ekspor naik',
      '',
      'Menurut Badan Pusat Statistik, ekspor naik 5 persen dan impor turun 3 persen.',
    ].join('\n');
    const [s] = statementsOf(text, 'id', '2024-12-10');
    expect(s?.figures.map((f) => f.value)).toEqual([5, 3]);
  });
});
