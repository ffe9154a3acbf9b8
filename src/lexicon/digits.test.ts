import { describe, expect, it } from 'vitest';
import { asciiDigits, isDecimalDigit } from './digits.js';
import { tokenize } from './tokenize.js';

describe('digits of any script', () => {
  it('reads Arabic-Indic, Persian and Devanagari digits as ASCII digits', () => {
    expect(asciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(asciiDigits('۲۳')).toBe('23');
    expect(asciiDigits('२०२४')).toBe('2024');
  });

  it('turns the Arabic decimal and thousands separators into "." and ","', () => {
    expect(asciiDigits('٣٫٥')).toBe('3.5');
    expect(asciiDigits('١٬٢٠٠')).toBe('1,200');
  });

  it('leaves ASCII text and letters alone', () => {
    expect(asciiDigits('3,5 тыс.')).toBe('3,5 тыс.');
    expect(isDecimalDigit('a'.charCodeAt(0), 'a')).toBe(false);
    expect(isDecimalDigit('٧'.charCodeAt(0), '٧')).toBe(true);
  });

  it('makes an Arabic-Indic number one number token whose norm is in ASCII digits', () => {
    const toks = tokenize('قتل ١٬٢٠٠ شخص ونزح نحو ٣٫٥ مليون');
    const nums = toks.filter((t) => t.kind === 'number');
    expect(nums.map((t) => [t.text, t.norm])).toEqual([
      ['١٬٢٠٠', '1,200'],
      ['٣٫٥', '3.5'],
    ]);
  });
});

describe('a conjunction written onto Arabic-Indic digits', () => {
  it('comes apart from the number it is written onto: "و٢٣" is "و" and "٢٣"', () => {
    const toks = tokenize('و٢٣ أكتوبر');
    expect(toks.map((t) => [t.kind, t.norm])).toEqual([
      ['word', 'و'],
      ['number', '23'],
      ['word', 'اكتوبر'],
    ]);
  });
});

describe('digits written onto a right-to-left word', () => {
  it('start a number of their own: "و14" is "و" and "14", while "G20" stays one word', () => {
    expect(tokenize('9 قتلى و14 جريحا').map((t) => t.text)).toEqual(['9', 'قتلى', 'و', '14', 'جريحا']);
    expect(tokenize('the G20 summit').map((t) => t.text)).toEqual(['the', 'G20', 'summit']);
  });
});

describe('Arabic punctuation', () => {
  it('tokenizes "،" and "؟" as punctuation whose norm is "," and "?"', () => {
    const toks = tokenize('وبحسب الوزارة، ارتفعت الحصيلة؟');
    expect(toks.filter((t) => t.kind === 'punct').map((t) => [t.text, t.norm])).toEqual([
      ['،', ','],
      ['؟', '?'],
    ]);
  });
});
