import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/index.js';
import { formatDate, formatFigure } from './format.js';

afterEach(() => setLang('en'));

describe('figure labels', () => {
  it('write the qualifier as a sign before the number', () => {
    expect(formatFigure({ value: 3000, qualifier: 'at_least' })).toBe('≥ 3,000');
    expect(formatFigure({ value: 10000, qualifier: 'about' })).toBe('≈ 10,000');
    expect(formatFigure({ value: 12000, qualifier: 'up_to' })).toBe('≤ 12,000');
    expect(formatFigure({ value: 1500, qualifier: 'exact' })).toBe('1,500');
  });

  it('write ranges and vague quantities in words of the UI language', () => {
    expect(formatFigure({ value: 1500, max: 3000, qualifier: 'range' })).toBe('1,500–3,000');
    expect(formatFigure({ value: 1000, qualifier: 'thousands' })).toBe('thousands');
    setLang('id');
    expect(formatFigure({ value: 1000, qualifier: 'thousands' })).toBe('ribuan');
    expect(formatFigure({ value: 3000, qualifier: 'at_least' })).toBe('≥ 3.000');
  });
});

describe('dates', () => {
  it('show days, months and years as precise as the API gives them', () => {
    expect(formatDate('2024-10-23')).toBe('Oct 23, 2024');
    expect(formatDate('2024-10')).toBe('Oct 2024');
    expect(formatDate('2024')).toBe('2024');
    expect(formatDate(null)).toBe('date unknown');
  });
});
