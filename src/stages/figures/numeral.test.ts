import { describe, expect, it } from 'vitest';
import { readNumeral } from './numeral.js';

const id = (s: string) => readNumeral(s, ',', '.')?.value ?? null;
const en = (s: string) => readNumeral(s, '.', ',')?.value ?? null;

describe('readNumeral', () => {
  it('reads thousands and decimals with the language separators', () => {
    expect(id('3.000')).toBe(3000);
    expect(id('1,5')).toBe(1.5);
    expect(id('1.234.567,89')).toBe(1234567.89);
    expect(en('3,000')).toBe(3000);
    expect(en('1.5')).toBe(1.5);
    expect(en('1,234,567.89')).toBe(1234567.89);
  });

  it('reads the other style when the language style does not fit', () => {
    expect(id('1.5')).toBe(1.5);
    expect(en('1.234.567')).toBe(1234567);
    expect(id('3,000')).toBe(3000);
  });

  it('marks digits without separators as plain', () => {
    expect(readNumeral('2024', ',', '.')).toEqual({ value: 2024, plain: true });
    expect(readNumeral('3.000', ',', '.')?.plain).toBe(false);
  });

  it('refuses clock times, dates and malformed groups', () => {
    expect(id('11:30')).toBeNull();
    expect(id('23/10')).toBeNull();
    expect(id('23.10.2024')).toBeNull();
    expect(en('1,2,3')).toBeNull();
  });
});
