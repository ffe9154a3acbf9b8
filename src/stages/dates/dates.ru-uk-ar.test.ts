import { describe, expect, it } from 'vitest';
import { oneDate } from '../figures/test-support/dates.js';

// Friday 25 October 2024
const PUB = '2024-10-25';

describe('dates in Russian and Ukrainian', () => {
  it('reads a day with the genitive month ("23 октября", "23 жовтня")', () => {
    expect(oneDate('Переговоры прошли 23 октября в Москве.', 'ru', PUB)).toMatchObject({
      value: '2024-10-23',
      implied: ['year'],
    });
    expect(oneDate('Встреча состоялась 5 марта 2023 года.', 'ru', PUB).value).toBe('2023-03-05');
    expect(oneDate('Переговори відбулися 23 жовтня в Києві.', 'uk', PUB).value).toBe('2024-10-23');
    expect(oneDate('Удар завдали 2 лютого 2024 року.', 'uk', PUB).value).toBe('2024-02-02');
  });

  it('reads "вчера" and "вчора" as the day before publication', () => {
    expect(oneDate('Об этом вчера сообщил губернатор.', 'ru', PUB).value).toBe('2024-10-24');
    expect(oneDate('Про це вчора повідомив голова ОВА.', 'uk', PUB).value).toBe('2024-10-24');
  });
});

describe('dates in Arabic', () => {
  it('reads the Levantine two-word month names ("تشرين الأول")', () => {
    expect(oneDate('عقد الاجتماع في 23 تشرين الأول في بيروت.', 'ar', PUB).value).toBe('2024-10-23');
    expect(oneDate('بدأت المحادثات في 3 كانون الثاني 2024.', 'ar', PUB).value).toBe('2024-01-03');
  });

  it('reads the Egyptian month names and Arabic-Indic digits', () => {
    expect(oneDate('عقد الاجتماع في ٢٣ أكتوبر ٢٠٢٤ في القاهرة.', 'ar', PUB).value).toBe('2024-10-23');
    expect(oneDate('أعلنت الوزارة ذلك في 12 مايو الماضي.', 'ar', PUB).value).toBe('2024-05-12');
  });

  it('reads "أمس" as the day before publication', () => {
    expect(oneDate('وقع الهجوم أمس في المدينة.', 'ar', PUB).value).toBe('2024-10-24');
  });
});
