import { describe, expect, it } from 'vitest';
import { csvCell } from './csv.js';

describe('csvCell', () => {
  it('prefixes a single quote to cells a spreadsheet would read as a formula', () => {
    for (const s of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(s).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('-5 dead, police say')).toBe(`"'-5 dead, police say"`);
  });

  it('leaves ordinary cells as they are and quotes commas, quotes and line ends', () => {
    expect(csvCell('Reuters')).toBe('Reuters');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell('1 = 2')).toBe('1 = 2');
  });
});
