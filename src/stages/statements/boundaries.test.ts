import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

const contents = (text: string, lang: string) =>
  statementsOf(`Headline\n\n${text}`, lang).map((s) => s.content);

describe('the channel and the hearer of a cue are never its content', () => {
  it('drops "in a statement" between commas after the cue', () => {
    expect(contents('The ministry said, in a statement, that the dam was safe.', 'en')).toEqual([
      'the dam was safe',
    ]);
  });
  it('drops "in a statement" between a bare cue and its clause', () => {
    expect(contents('The agency said in a statement it would review the permits.', 'en')).toEqual([
      'it would review the permits',
    ]);
  });
  it('drops a channel closing the sentence', () => {
    expect(contents('The ministry said the dam was safe, in an email on Thursday.', 'en')).toEqual([
      'the dam was safe',
    ]);
  });
  it('drops "kepada wartawan" closing the sentence', () => {
    expect(
      contents('Menteri Kesehatan menegaskan bahwa kasus baru terus bertambah, kepada wartawan.', 'id'),
    ).toEqual(['kasus baru terus bertambah']);
  });
  it('drops "dalam keterangan tertulis" and the day after it', () => {
    expect(
      contents(
        'Kementerian Kesehatan menyatakan kasus baru terus bertambah, dalam keterangan tertulis, Kamis.',
        'id',
      ),
    ).toEqual(['kasus baru terus bertambah']);
  });
  it('keeps a day that belongs to the content', () => {
    expect(contents('The ministry said the dam would reopen to traffic, on Monday.', 'en')[0]).toContain(
      'on Monday',
    );
  });
  it('ends the content where a participle reports again', () => {
    expect(
      contents('The ministry said the dam was safe, adding that repairs would start soon.', 'en'),
    ).toEqual(['the dam was safe', 'repairs would start soon']);
  });
});
