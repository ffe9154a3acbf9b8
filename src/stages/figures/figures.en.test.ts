import { describe, expect, it } from 'vitest';
import { readNumbersAndDates } from './test-support/run.js';
import { figuresOf, figureTexts } from './test-support/pick.js';

const one = (text: string) => {
  const f = figuresOf(text, 'en');
  expect(f).toHaveLength(1);
  return f[0]!;
};

describe('figures in English', () => {
  it('reads "," as the thousands separator and "." as the decimal one', () => {
    expect(one('North Korea sent 3,000 troops to Russia.')).toEqual({
      value: 3000,
      qualifier: 'exact',
      unit: 'troops',
      text: '3,000 troops',
    });
    expect(one('Some 1.5 million people fled the city.')).toMatchObject({
      value: 1_500_000,
      qualifier: 'about',
    });
  });

  it('reads money and percentages', () => {
    expect(one('Washington pledged $2 billion in aid.')).toMatchObject({
      value: 2e9,
      unit: 'USD',
      text: '$2 billion',
    });
    expect(one('The fund holds $2bn now.')).toMatchObject({ value: 2e9, unit: 'USD' });
    expect(one('Prices rose 25% last year.')).toMatchObject({ value: 25, unit: 'percent' });
    expect(one('Prices rose 2.5 percent last year.')).toMatchObject({ value: 2.5, unit: 'percent' });
  });

  it('reads numbers written in words', () => {
    expect(one('Three thousand soldiers crossed the river.')).toMatchObject({ value: 3000, unit: 'troops' });
    expect(one('They sent a dozen ships.')).toMatchObject({ value: 12, unit: 'ships' });
    expect(one('Three hundred and fifty people came.')).toMatchObject({ value: 350 });
    expect(one('Twenty-five drones were shot down.')).toMatchObject({ value: 25, unit: 'drones' });
    expect(figureTexts('One of them said no one else came.', 'en')).toEqual([]);
  });

  it('reads the counted thing across adjectives and names', () => {
    expect(one('Officials said 12,000 North Korean soldiers would follow.')).toMatchObject({
      value: 12000,
      unit: 'troops',
      text: '12,000 North Korean soldiers',
    });
    expect(one('Russia moved 3,000 additional troops.')).toMatchObject({ unit: 'troops' });
  });

  it('reads vague quantities as their order of magnitude', () => {
    expect(one('Thousands of troops arrived in the east.')).toEqual({
      value: 1000,
      qualifier: 'thousands',
      unit: 'troops',
      text: 'Thousands of troops',
    });
    expect(one('Tens of thousands of people marched.')).toMatchObject({
      value: 10_000,
      qualifier: 'tens_of_thousands',
    });
    expect(one('Hundreds were injured.')).toMatchObject({ value: 100, qualifier: 'hundreds' });
    expect(one('Dozens of drones were launched.')).toMatchObject({
      value: 10,
      qualifier: 'dozens',
      unit: 'drones',
    });
    expect(one('Millions of people watched.')).toMatchObject({ qualifier: 'millions' });
  });

  it('reads the qualifier before or after the number', () => {
    const q = (t: string) => one(t).qualifier;
    expect(q('At least 3,000 troops were sent.')).toBe('at_least');
    expect(q('About 3,000 troops were sent.')).toBe('about');
    expect(q('Around 3,000 troops were sent.')).toBe('about');
    expect(q('Some 3,000 troops were sent.')).toBe('about');
    expect(q('Nearly 3,000 troops were sent.')).toBe('about');
    expect(q('More than 3,000 troops were sent.')).toBe('more_than');
    expect(q('Over 3,000 troops were sent.')).toBe('more_than');
    expect(q('Fewer than 3,000 troops were sent.')).toBe('less_than');
    expect(q('Up to 3,000 troops were sent.')).toBe('up_to');
    expect(q('As many as 3,000 troops were sent.')).toBe('up_to');
    expect(q('They sent 3,000 or more troops.')).toBe('more_than');
  });

  it('reads a qualifier that closes the clause, and "over" a duration as during', () => {
    expect(one('The landfill has three years left in it at most.')).toMatchObject({
      value: 3,
      qualifier: 'at_most',
    });
    expect(one('Over two weeks the troops will train.')).toMatchObject({
      value: 2,
      qualifier: 'exact',
      unit: 'weeks',
    });
    expect(one('Waves could reach four metres.')).toMatchObject({ qualifier: 'up_to', unit: 'metres' });
    expect(one('The two-kilometre wall is ready.')).toMatchObject({
      value: 2,
      unit: 'kilometres',
      text: 'two-kilometre',
    });
  });

  it('reads ranges', () => {
    expect(one('Between 1,500 and 3,000 troops were sent.')).toMatchObject({
      value: 1500,
      max: 3000,
      qualifier: 'range',
      unit: 'troops',
    });
    expect(one('They sent 1,500-3,000 troops.')).toMatchObject({ value: 1500, max: 3000 });
    expect(one('They sent 1,500 to 3,000 troops.')).toMatchObject({ value: 1500, max: 3000 });
    expect(one('It costs 1.5 to 2 billion dollars.')).toMatchObject({ value: 1.5e9, max: 2e9, unit: 'USD' });
  });

  it('does not report years, dates, times, ordinals, labels or phone numbers', () => {
    const text =
      'In 2024, on October 23, 2024, on Oct. 23 and 10/23 at 3 p.m., under Article 5 and ' +
      'Resolution 2231, at the 75th summit, flight MH17, the Boeing 737, call 555-0123.';
    expect(figureTexts(text, 'en')).toEqual([]);
  });

  it('does not read years after a preposition, era dates or names as counts', () => {
    expect(
      figureTexts('In 1492 he sailed; by 1563 the city grew; around 1000 BC and 512-511 BC.', 'en'),
    ).toEqual([]);
    expect(figureTexts('The Thirty Years War ended in 1648.', 'en')).toEqual([]);
  });

  it('reads fractions of a scale, lists of numbers and hyphenated units', () => {
    expect(one('It had close to half a million people.')).toMatchObject({
      value: 500_000,
      qualifier: 'about',
    });
    expect(figureTexts('Sales reached three million and five million copies.', 'en')).toEqual([
      'three million',
      'five million',
    ]);
    expect(one('They built a 90-hectare park.')).toMatchObject({
      value: 90,
      unit: 'hectares',
      text: '90-hectare',
    });
    expect(figureTexts('More than half the ships left.', 'en')).toEqual([]);
  });

  it('keeps figure spans inside the text and in order', () => {
    const text = 'At least 3,000 troops and $2 billion; thousands of people.';
    const doc = readNumbersAndDates(text, 'en');
    for (const f of doc.figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
    const starts = doc.figures.map((f) => f.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
