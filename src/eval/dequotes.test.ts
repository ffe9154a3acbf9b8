import { describe, expect, it } from 'vitest';
import type { Statement } from '../domain/statement.js';
import { runs, speakerRight, type GoldQuote } from './dequotes.js';

const text = 'Der GdP-Vorsitzende Konrad Freiberg sagte, der Minister irre sich.';
const gold: GoldQuote = {
  type: 'Indirect',
  speaker: [[0, 35]],
  cue: [[36, 41]],
  quote: [[43, 67]],
  nested: false,
};
const said = (name: string, start = 100, end = 100) =>
  ({ speaker: { name, span: { start, end } } }) as unknown as Statement;
const stop = new Set(['der', 'die', 'des', 'und']);

describe('German Wikinews speaker match', () => {
  it('counts a speaker whose span overlaps the gold speaker', () => {
    expect(speakerRight(text, said('Freiberg', 28, 35), gold, stop)).toBe(true);
  });

  it('counts a speaker named elsewhere by a word of the gold speaker', () => {
    expect(speakerRight(text, said('Konrad Freiberg'), gold, stop)).toBe(true);
  });

  it('does not count a different speaker that shares only an article', () => {
    expect(speakerRight(text, said('Sprecher der Polizei'), gold, stop)).toBe(false);
  });

  it('does not count any speaker when the gold quotation has none', () => {
    expect(speakerRight(text, said('Konrad Freiberg', 20, 35), { ...gold, speaker: [] }, stop)).toBe(false);
  });
});

describe('German Wikinews runs of statements', () => {
  const said = (name: string, start: number, end: number) =>
    ({ speaker: { name }, span: { start, end } }) as unknown as Statement;
  const text = 'Er sagte, es sei spät. Man habe gewartet. Sie sagte, es regne.';

  it('joins statements of one speaker that only spaces and punctuation separate', () => {
    const s = [said('Ott', 0, 21), said('Ott', 23, 41)];
    expect([...runs(text, s)]).toEqual([
      [0, 1],
      [0, 2],
      [1, 1],
    ]);
  });

  it('never joins statements of two speakers', () => {
    const s = [said('Ott', 23, 41), said('Lind', 43, 63)];
    expect([...runs(text, s)]).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it('never joins statements that words not read as either separate', () => {
    const s = [said('Ott', 0, 10), said('Ott', 23, 41)];
    expect([...runs(text, s)]).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });
});
