import { describe, expect, it } from 'vitest';
import { extractText } from '../services/extract.js';
import { statementFigures } from './figures.js';

const figuresOf = (text: string, lang: 'en' | 'id') => {
  const r = extractText(text, { lang });
  return r.statements.map((s) => statementFigures(r, s).map((f) => f.value));
};

describe('statement figures', () => {
  it('gives a statement the figures its content holds', () => {
    expect(figuresOf('The port authority said 1,200 passengers were stranded on Friday.', 'en')).toEqual([
      [1200],
    ]);
  });

  it('never gives a figure from the next sentence to a reported speaker', () => {
    const r = extractText(
      'The minister said the ferries would sail again. Repairs will cost 3,000,000 dollars.',
      { lang: 'en' },
    );
    const said = r.statements.find((s) => !s.direct)!;
    // reported speech read past its sentence, as a run-on content span would be
    const runOn = {
      ...said,
      contentSpan: { start: said.contentSpan.start, end: r.text.length },
      figures: r.figures,
    };
    expect(runOn.figures.map((f) => f.value)).toContain(3000000);
    expect(statementFigures({ ...r, statements: [runOn] }, runOn)).toEqual([]);
    // the same words inside quotation marks are the speaker's
    expect(statementFigures({ ...r, statements: [runOn] }, { ...runOn, direct: true })).toHaveLength(1);
  });

  it('gives a figure two statements hold to the innermost one', () => {
    const r = extractText('The port authority said 1,200 passengers were stranded on Friday.', {
      lang: 'en',
    });
    const st = r.statements[0]!;
    const outer = { ...st, contentSpan: { start: 0, end: r.text.length } };
    const both = { ...r, statements: [outer, st] };
    expect(statementFigures(both, outer)).toEqual([]);
    expect(statementFigures(both, st).map((f) => f.value)).toEqual([1200]);
  });
});
