import { describe, expect, it } from 'vitest';
import { figuresOf } from './test-support/pick.js';

const one = (text: string, lang: string) => {
  const f = figuresOf(text, lang);
  expect(f).toHaveLength(1);
  return f[0]!;
};

describe('figures in Russian and Ukrainian', () => {
  it('reads the abbreviated scales "тыс." and "млн" after a decimal comma', () => {
    expect(one('Эвакуированы 3,5 тыс. человек.', 'ru')).toMatchObject({ value: 3500 });
    expect(one('Ущерб оценивается в 12 млн рублей.', 'ru')).toMatchObject({ value: 12e6, unit: 'RUB' });
    expect(one('Збитки сягають 2,4 млрд гривень.', 'uk')).toMatchObject({ value: 2.4e9, unit: 'UAH' });
  });

  it('reads scale words and a space between thousands', () => {
    expect(one('В регионе без света остались около 40 тысяч домохозяйств.', 'ru')).toMatchObject({
      value: 40000,
      qualifier: 'about',
    });
    expect(one('Росія випустила понад 120 дронів.', 'uk')).toMatchObject({ value: 120, unit: 'drones' });
  });
});

describe('figures in Arabic', () => {
  it('reads Arabic-Indic digits with the Arabic decimal separator', () => {
    expect(one('نزح نحو ٣٫٥ مليون شخص.', 'ar')).toMatchObject({
      value: 3_500_000,
      qualifier: 'about',
      unit: 'people',
    });
    expect(one('أصيب ١٢٠ شخصا في القصف.', 'ar')).toMatchObject({ value: 120, unit: 'people' });
  });

  it('reads Western digits and scale words as well', () => {
    expect(one('بلغت الخسائر 2.5 مليار دولار.', 'ar')).toMatchObject({ value: 2.5e9, unit: 'USD' });
  });
});
