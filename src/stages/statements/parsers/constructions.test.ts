import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`Headline\n\n${text}`, lang).map((s) => `${s.speaker.name}: ${s.content}`);

describe('constructions that look like attribution and are not', () => {
  it('reads no statement from a person who records something', () => {
    expect(read('The singer recorded an album in Jakarta last year.', 'en')).toEqual([]);
    expect(read('Budi mencatat semua pengeluarannya di buku.', 'id')).toEqual([]);
  });
  it('reads no source from the last item of a list', () => {
    expect(read('He met officials from the ministry, the army and the Pentagon.', 'en')).toEqual([]);
    expect(read('Rapat itu dihadiri pejabat dari kementerian, TNI, Polri.', 'id')).toEqual([]);
  });
  it('does not carry reported speech over a paragraph break', () => {
    expect(
      read('The minister said the tax would start in January.\n\nIt would hit small shops hardest.', 'en'),
    ).toEqual(['minister: the tax would start in January']);
  });
  it('does not carry reported speech on after a quotation', () => {
    const out = read(
      'The minister said: "The tax starts in January." It would hit small shops hardest.',
      'en',
    );
    expect(out).toHaveLength(1);
  });
});

describe('a relaying outlet is a cited source, not a speaker', () => {
  it('keeps one statement by the inner source, cited through the outlet', () => {
    const st = statementsOf(
      'Headline\n\nReuters quoted a senior official as saying the troops had crossed.',
      'en',
    );
    expect(st.map((s) => [s.speaker.name, s.citedSource?.name])).toEqual([['senior official', 'Reuters']]);
  });
});
