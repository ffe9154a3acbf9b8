import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../segment/paragraphs.js';
import { findQuotes } from './quotes.js';

const quotes = (text: string) =>
  findQuotes(text, splitParagraphs(text)).map((q) => text.slice(q.start, q.end));
const inner = (text: string) =>
  findQuotes(text, splitParagraphs(text)).map((q) => text.slice(q.innerStart, q.innerEnd));

describe('quotation marks', () => {
  it('pairs every common style', () => {
    expect(quotes('A “satu,” B "dua" C «tiga» D „vier“ E ‘five’ F 「六」 G')).toEqual([
      '“satu,”',
      '"dua"',
      '«tiga»',
      '„vier“',
      '‘five’',
      '「六」',
    ]);
  });

  it('reads the newspaper style where ” both opens and closes', () => {
    expect(inner('”Kami siap,” kata dia. Lalu ”ini penting” katanya.')).toEqual(['Kami siap', 'ini penting']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quotes("Korea's army doesn't say, and Jong-un's aides won't.")).toEqual([]);
    expect(quotes('He said ‘it’s fine’ today.')).toEqual(['‘it’s fine’']);
  });

  it('continues a quotation into a paragraph that reopens it', () => {
    const text = '“Kalimat pertama.\n“Kalimat kedua,” kata dia.';
    const q = findQuotes(text, splitParagraphs(text));
    expect(q).toHaveLength(1);
    expect(q[0]!.firstParagraph).toBe(0);
    expect(q[0]!.lastParagraph).toBe(1);
    expect(text.slice(q[0]!.start, q[0]!.end)).toBe(text.slice(0, text.lastIndexOf('”') + 1));
  });

  it('ends an unclosed quotation with its paragraph when the next does not reopen it', () => {
    const q = findQuotes(
      '“Tanpa penutup\nParagraf biasa.',
      splitParagraphs('“Tanpa penutup\nParagraf biasa.'),
    );
    expect(q).toHaveLength(1);
    expect(q[0]!.closed).toBe(false);
    expect(q[0]!.end).toBe(14);
  });

  it('finds the quotations of paragraphs between paragraphs that hold none', () => {
    const plain = 'The council met on Monday and talked for hours.';
    const text = [
      plain,
      plain,
      'The mayor called it “a fair deal” at once.',
      plain,
      plain,
      'A clerk said “no”.',
    ].join('\n\n');
    expect(quotes(text)).toEqual(['“a fair deal”', '“no”']);
  });
});
