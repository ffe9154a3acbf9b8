import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`Заголовок\n\n${text}`, lang).map((s) => ({
    speaker: s.speaker.name,
    content: s.content,
    rule: s.rule.split(' ')[0],
  }));
const speakers = (text: string, lang: string) => read(text, lang).map((s) => s.speaker);

describe('according-to phrases that hold a pronoun', () => {
  it('give "по его словам" the speaker named before', () => {
    const out = read(
      'Губернатор Вячеслав Гладков осмотрел дома. По его словам, двое раненых в больнице.',
      'ru',
    );
    expect(out).toContainEqual({
      speaker: 'Вячеслав Гладков',
      content: 'двое раненых в больнице',
      rule: 'indirect.according-front',
    });
  });
  it('give the Ukrainian "за його словами" the speaker named before', () => {
    const out = read('Мер Ігор Терехов оглянув будинки. За його словами, двоє поранених у лікарні.', 'uk');
    expect(out.map((s) => s.speaker)).toContain('Ігор Терехов');
  });
});

describe('speakers a role or description runs into', () => {
  it('read a role with a prefix glued by a hyphen (вице-губернатор) as a role before an inverted name', () => {
    expect(speakers('Средства выделят быстрее, пояснил вице-губернатор Евгений Зубарев.', 'ru')).toEqual([
      'Евгений Зубарев',
    ]);
  });
  it('take the named person after a description no lexicon knows, at the start of the sentence', () => {
    expect(
      speakers('Владелец мебельной фабрики Игорь Селезнев признался, что кредиты дороги.', 'ru'),
    ).toEqual(['Игорь Селезнев']);
  });
  it('keep an age between commas with the name before it', () => {
    expect(speakers('Seorang peniaga, Lim Ah Kow, 61, berkata kedainya dinaiki air.', 'ms')).toEqual([
      'Lim Ah Kow',
    ]);
    expect(speakers('A local trader, John Smith, 61, said his shop was flooded.', 'en')).toEqual([
      'John Smith',
    ]);
  });
  it('join a title whose field list has "dan" to the holder named in apposition after it', () => {
    expect(
      speakers('Menteri Pertanian dan Ketahanan Pangan, Budi Santoso mengatakan stok ayam aman.', 'id'),
    ).toEqual(['Budi Santoso']);
  });
  it('read an acronym in brackets as part of the title before the holder', () => {
    expect(
      speakers(
        'Ahli Dewan Undangan Negeri (ADUN) Mentakab, Chong Wei Ming mendakwa bantuan belum tiba.',
        'ms',
      ),
    ).toEqual(['Chong Wei Ming']);
  });
});

describe('a short quote inside a speaker phrase', () => {
  it('is a name, not a quotation (Голова правління «Укренерго» …)', () => {
    const out = read('Голова правління «Укренерго» Володимир Кудрицький наголосив, що мережа працює.', 'uk');
    expect(out).toEqual([
      { speaker: 'Володимир Кудрицький', content: 'що мережа працює', rule: 'indirect.subject-cue' },
    ]);
  });
});

describe('Arabic verb-initial clauses', () => {
  it('open after a dateline dash', () => {
    expect(read('بيروت - أعلنت وزارة الصحة أن الغارة أصابت مبنى سكنيا.', 'ar').map((s) => s.rule)).toEqual([
      'indirect.verb-initial',
    ]);
  });
  it('run a role over its prepositional field to the name before the complementizer', () => {
    expect(speakers('ويرى الباحث في الشؤون الآسيوية سامر خليل أن التسريب مقصود.', 'ar')[0]).toContain(
      'سامر خليل',
    );
  });
  it('end at a participle, which reports again for the same speaker', () => {
    const out = read(
      'وأعلن الوزير أحمد سالم أن الحكومة طلبت توضيحات، مؤكدا أن البلاد لا تريد التصعيد.',
      'ar',
    );
    expect(out.map((s) => s.content)).toEqual(['الحكومة طلبت توضيحات', 'البلاد لا تريد التصعيد']);
  });
  it('read a denial of a noun phrase after a known body, the body ending the speaker', () => {
    expect(read('ونفى حزب الله وجود مقاتلين في المبنى.', 'ar')).toEqual([
      { speaker: 'حزب الله', content: 'وجود مقاتلين في المبنى', rule: 'indirect.verb-initial' },
    ]);
  });
  it('read a complementizer after the preposition the verb governs, the speaker the previous one', () => {
    const out = read('وقالت النائبة منى سعيد إن الأسعار ارتفعت. وحذرت من أن الأسر تعاني.', 'ar');
    expect(out.map((s) => s.content)).toContain('الأسر تعاني');
  });
});

describe('a bare role noun in a language without articles', () => {
  it('points back to the person named earlier with that role', () => {
    const out = read(
      'Министр энергетики Сергей Цивилев заявил, что запасов хватит. «Дефицита топлива не будет», — добавил министр.',
      'ru',
    );
    expect(out.map((s) => s.speaker)).toEqual(['Сергей Цивилев', 'Сергей Цивилев']);
  });
  it('stays a role when no one in the article holds it', () => {
    const out = read('«Дефицита топлива не будет», — добавил министр.', 'ru');
    expect(out.map((s) => s.speaker)).toEqual(['министр']);
  });
});

describe('Arabic speakers after a role and its body', () => {
  it('run on to a two-word name after a two-word body and its adjective', () => {
    const out = read('وقالت المتحدثة باسم البنك الدولي سارة حداد إن النمو سيتباطأ.', 'ar');
    expect(out.map((s) => s.speaker)).toEqual(['المتحدثة باسم البنك الدولي سارة حداد']);
  });
});

describe('Arabic quotations after a verb with no speaker of its own', () => {
  it('give "وأضاف: “…”" the speaker named before', () => {
    const out = read('وقالت الوزيرة هالة زكي إن المخزون يكفي. وأضافت: “لا داعي للقلق”.', 'ar');
    expect(out.map((s) => [s.speaker, s.rule])).toEqual([
      ['الوزيرة هالة زكي', 'indirect.verb-initial'],
      ['الوزيرة هالة زكي', 'quote.before.verb-initial-implied'],
    ]);
  });
});

describe('Arabic according-to phrases', () => {
  it('read "وبحسب X فإن …" with "فإن" opening the content', () => {
    expect(read('وبحسب الوزارة فإن ثلاثة مستشفيات ما زالت تعمل.', 'ar').map((s) => s.content)).toEqual([
      'ثلاثة مستشفيات ما زالت تعمل',
    ]);
  });
  it('read "…، بحسب ما أعلنت X" at the end of the sentence with X as the source', () => {
    expect(speakers('ارتفع عدد الجرحى إلى 14، بحسب ما أعلنت وزارة الصحة اللبنانية.', 'ar')).toEqual([
      'وزارة الصحة اللبنانية',
    ]);
  });
});
