import { describe, expect, it } from 'vitest';
import { byId, extract } from './test-helpers.js';

describe('known people and bodies across Cyrillic, Arabic and Latin script', () => {
  it('gives "Песков", "Пєсков", "بيسكوف" and "Peskov" one id', () => {
    for (const [text, lang] of [
      ['Дмитрий Песков ответил на вопросы журналистов.', 'ru'],
      ['Дмитро Пєсков відповів на запитання журналістів.', 'uk'],
      ['ورد دميتري بيسكوف على أسئلة الصحفيين.', 'ar'],
      ['Dmitry Peskov answered questions from reporters.', 'en'],
    ] as const)
      expect(byId(extract(text, lang), 'person:dmitry-peskov'), text).toBeDefined();
  });

  it('reads Russian and Ukrainian case forms of a known name as that name', () => {
    expect(
      byId(extract('Журналисты обратились к Пескову и Захаровой.', 'ru'), 'person:maria-zakharova'),
    ).toBeDefined();
    expect(byId(extract('Журналисты обратились к Пескову.', 'ru'), 'person:dmitry-peskov')).toBeDefined();
    expect(
      byId(extract('Журналісти звернулися до Зеленського.', 'uk'), 'person:volodymyr-zelenskyy'),
    ).toBeDefined();
    expect(byId(extract('Решение приняли в Кремле.', 'ru'), 'org:kremlin')).toBeDefined();
  });

  it('knows the bodies most quoted in the news in each script', () => {
    expect(
      byId(extract('В Госдепе это не прокомментировали.', 'ru'), 'org:foreign-ministry:US'),
    ).toBeDefined();
    expect(byId(extract('МИД России выступил с заявлением.', 'ru'), 'org:foreign-ministry:RU')).toBeDefined();
    expect(byId(extract('Білий дім не коментує.', 'uk'), 'org:white-house')).toBeDefined();
    expect(byId(extract('أصدرت حركة حماس بيانا.', 'ar'), 'org:hamas')).toBeDefined();
    expect(byId(extract('أصدر الجيش الإسرائيلي بيانا.', 'ar'), 'org:idf')).toBeDefined();
  });
});

describe('known names with a clitic written onto them', () => {
  it('reads "وبوتين" (and Putin), "لغوتيريش" (to Guterres) and "للكرملين" (to the Kremlin) as the known name', () => {
    expect(byId(extract('التقى وزير الخارجية وبوتين أمس.', 'ar'), 'person:vladimir-putin')).toBeDefined();
    expect(byId(extract('وجه الصحفيون أسئلة لغوتيريش.', 'ar'), 'person:antonio-guterres')).toBeDefined();
    expect(byId(extract('قدم السفير رسالة للكرملين.', 'ar'), 'org:kremlin')).toBeDefined();
    expect(byId(extract('اجتمع ميقاتي وغوتيريش في نيويورك.', 'ar'), 'person:antonio-guterres')).toBeDefined();
  });
});
