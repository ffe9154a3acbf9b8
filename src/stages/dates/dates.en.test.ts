import { describe, expect, it } from 'vitest';
import { datesOf, oneDate } from '../figures/test-support/dates.js';
import { readNumbersAndDates } from '../figures/test-support/run.js';

// Friday 25 October 2024
const PUB = '2024-10-25';
const at = (text: string, published: string | null = PUB) => oneDate(text, 'en', published);

describe('dates in English', () => {
  it('reads written dates in either order', () => {
    expect(at('The talks ended on October 23, 2024.')).toMatchObject({
      text: 'October 23, 2024',
      value: '2024-10-23',
      stated: true,
      implied: [],
      rule: 'dates.month-day',
    });
    expect(at('The talks ended Oct. 23 in Rome.')).toMatchObject({
      text: 'Oct. 23',
      value: '2024-10-23',
      implied: ['year'],
    });
    expect(at('The talks ended 23 October.')).toMatchObject({ value: '2024-10-23', rule: 'dates.day-month' });
    expect(at('The talks ended on the 23rd of October.').value).toBe('2024-10-23');
    expect(at('The report is dated 2024-10-23.').value).toBe('2024-10-23');
    expect(at('The report is dated 10/23/2024.').value).toBe('2024-10-23');
  });

  it('reads a weekday with its date in brackets', () => {
    expect(at('He spoke on Monday (Oct. 21) in Seoul.')).toMatchObject({
      text: 'Monday (Oct. 21)',
      value: '2024-10-21',
      stated: true,
      implied: ['year'],
      rule: 'dates.weekday-with-date',
    });
  });

  it('resolves weekdays and relative phrases against the reference', () => {
    expect(at('He said on Wednesday that troops had arrived.')).toMatchObject({
      text: 'Wednesday',
      value: '2024-10-23',
      stated: false,
      implied: ['year', 'month', 'day'],
    });
    expect(at('They met last Monday.').value).toBe('2024-10-21');
    expect(at('They meet next Monday.').value).toBe('2024-10-28');
    expect(at('It happened Wednesday night.').text).toBe('Wednesday night');
    expect(datesOf('Yesterday, today, last week and earlier this month.', 'en', PUB)).toEqual([
      {
        text: 'Yesterday',
        value: '2024-10-24',
        granularity: 'day',
        stated: false,
        implied: ['year', 'month', 'day'],
      },
      {
        text: 'today',
        value: '2024-10-25',
        granularity: 'day',
        stated: false,
        implied: ['year', 'month', 'day'],
      },
      {
        text: 'last week',
        value: '2024-10-14',
        end: '2024-10-20',
        granularity: 'week',
        stated: false,
        implied: ['year', 'month', 'day'],
      },
      {
        text: 'earlier this month',
        value: '2024-10',
        granularity: 'month',
        stated: false,
        implied: ['year', 'month'],
      },
    ]);
    expect(at('It began two weeks ago.')).toMatchObject({ value: '2024-10-07', granularity: 'week' });
  });

  it('reads months, years and parts of months', () => {
    expect(at('The war began in February 2022.')).toMatchObject({
      text: 'February 2022',
      value: '2022-02',
      granularity: 'month',
    });
    expect(at('Elections are due in 2026.')).toMatchObject({
      text: '2026',
      value: '2026',
      granularity: 'year',
    });
    expect(at('Troops moved in mid-October.')).toMatchObject({
      value: '2024-10-11',
      end: '2024-10-20',
      granularity: 'part-of-month',
    });
    expect(at('Troops moved in early to mid October.')).toMatchObject({
      value: '2024-10-01',
      end: '2024-10-20',
    });
  });

  it('reads "May" only as a capitalised month with a day, a year or a preposition', () => {
    expect(datesOf('It may rain. He arrived in May. May 5 was calm.', 'en', PUB).map((d) => d.text)).toEqual([
      'May',
      'May 5',
    ]);
  });

  it('reads no day from a generic or named weekday', () => {
    expect(datesOf('It could fall on a Friday. They marched on Palm Sunday.', 'en', PUB)).toEqual([]);
  });

  it('reads years after a preposition and months with old years', () => {
    expect(
      datesOf('Columbus sailed in 1492; things changed in October 1777.', 'en', PUB).map((d) => d.value),
    ).toEqual(['1492', '1777-10']);
    expect(datesOf('It was in 1500 cases. In the early 2000s it grew.', 'en', PUB)).toEqual([]);
  });

  it('resolves nothing beyond the calendar', () => {
    expect(at('It happened two thousand years ago.').value).toBe('0024');
    expect(at('It happened five thousand years ago.').value).toBeNull();
  });

  it('drops figures inside dates', () => {
    const doc = readNumbersAndDates('On October 23, 2024, 3,000 troops arrived.', 'en', PUB);
    expect(doc.figures.map((f) => f.text)).toEqual(['3,000 troops']);
  });
});
