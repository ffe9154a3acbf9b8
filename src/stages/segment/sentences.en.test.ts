import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/extract.js';

const sentences = (text: string) => {
  const doc = runPipeline(text, { lang: 'en', until: 'segment' });
  return doc.sentences.map((s) => text.slice(s.start, s.end));
};

describe('English sentences from web page text', () => {
  it('ends a sentence at a full stop glued to a capital', () => {
    expect(sentences('Troops reached the border.A spokesman said more would come.')).toEqual([
      'Troops reached the border.',
      'A spokesman said more would come.',
    ]);
  });

  it('ends a sentence at a question or exclamation mark glued to a capital', () => {
    expect(sentences('Who pays?The council does!Nobody objected.')).toHaveLength(3);
  });

  it('keeps initialisms, initials, titles and web addresses glued to a capital inside the sentence', () => {
    expect(sentences('The U.S.Army and J.K.Rowling met Dr.Smith at Reuters.Com today.')).toHaveLength(1);
  });

  it('never splits a lower-case web address or a number', () => {
    expect(sentences('He wrote on bbc.com that 3.5 million people voted.')).toHaveLength(1);
  });

  it('does not split at an ellipsis glued to a capital', () => {
    expect(sentences('We waited...Then the rain came.')).toHaveLength(1);
  });

  it('keeps a dateline out of the first sentence', () => {
    expect(sentences('WASHINGTON (Reuters) - The Pentagon said it sent 300 troops.')).toEqual([
      'WASHINGTON (Reuters) -',
      'The Pentagon said it sent 300 troops.',
    ]);
    expect(sentences('LONDON, Dec 3 (AP) — Police said two men were held.')[0]).toBe('LONDON, Dec 3 (AP) —');
  });

  it('does not read a dash inside a sentence as a dateline', () => {
    expect(sentences('Smith - who led the talks - said they failed.')).toHaveLength(1);
    expect(sentences('Prices rose sharply, traders said - and fell again.')).toHaveLength(1);
  });

  it('ends a headline or a caption without a full stop at the end of its line', () => {
    expect(
      sentences('Minister rejects claim\nPhoto: the minister in Rome\nHe spoke on Monday.'),
    ).toHaveLength(3);
  });
});
