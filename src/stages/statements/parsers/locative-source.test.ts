import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`Заголовок\n\n${text}`, lang).map((s) => [s.speaker.name, s.content, s.rule.split(' ')[0]]);

describe('a body in a locative phrase beside an impersonal plural verb', () => {
  it('reads the body before the verb as the speaker and drops the complementizer', () => {
    expect(read('В Кремле заявили, что мост откроют весной.', 'ru')).toEqual([
      ['Кремле', 'мост откроют весной', 'indirect.locative-source'],
    ]);
  });
  it('reads the body after the verb and a dash at the end of the sentence', () => {
    const out = read('Мост откроют весной, — сообщили в Росавтодоре.', 'ru');
    expect(out.map((s) => s.slice(1))).toEqual([['Мост откроют весной', 'indirect.post-locative-source']]);
    expect(out[0]![0]).toContain('Росавтодор');
  });
  it("reads a common noun followed by the body's name in quotation marks", () => {
    const out = read(
      'У комунальному підприємстві «Київтеплоенерго» уточнили, що опалення дадуть завтра.',
      'uk',
    );
    expect(out.map((s) => s.slice(1))).toEqual([['опалення дадуть завтра', 'indirect.locative-source']]);
    expect(out[0]![0]).toContain('Київтеплоенерго');
  });
  it('works the same from the Ukrainian lexicon', () => {
    const out = read('Міст відкриють навесні, повідомили в Укравтодорі.', 'uk');
    expect(out.map((s) => s[2])).toEqual(['indirect.post-locative-source']);
  });
  it('reads the body after a connective that opens the sentence', () => {
    expect(read('Между тем в Кремле заявили, что мост откроют весной.', 'ru')).toEqual([
      ['Кремле', 'мост откроют весной', 'indirect.locative-source'],
    ]);
  });
  it('reads a refusal after the body as a statement whose content is the refusal', () => {
    const out = statementsOf('Заголовок\n\nУ Кремлі відмовилися коментувати публікацію.', 'uk');
    expect(out.map((s) => [s.speaker.name, s.stance, s.rule.split(' ')[0]])).toEqual([
      ['Кремлі', 'hedge', 'indirect.locative-source'],
    ]);
  });
  it('reads a body whose name is in quotation marks, without the marks', () => {
    expect(read('В «Укренерго» закликали споживачів економно використовувати світло.', 'uk')).toEqual([
      ['Укренерго', 'споживачів економно використовувати світло', 'indirect.locative-source'],
    ]);
  });
  it('reads "Как сообщили в X, …" with the body in the locative as the source', () => {
    expect(read('Как сообщили в Росавтодоре, мост откроют весной.', 'ru')).toEqual([
      ['Росавтодоре', 'мост откроют весной', 'indirect.according-front'],
    ]);
    expect(read('Как сообщили в понедельник, мост откроют весной.', 'ru')).toEqual([]);
  });
  it('needs a named body: a plain place word is no speaker', () => {
    expect(read('Мост откроют весной, сообщили в деревне.', 'ru').map((s) => s[2])).not.toContain(
      'indirect.post-locative-source',
    );
  });
});

describe('a source introduced by a preposition in Romance languages', () => {
  it('reads the Spanish "Desde el Ministerio … explicaron que"', () => {
    expect(read('Desde el Ministerio de la Presidencia explicaron que no habrá cambios.', 'es')).toEqual([
      ['Ministerio de la Presidencia', 'no habrá cambios', 'indirect.locative-source'],
    ]);
  });
  it('reads the Italian "Da Palazzo Chigi fanno sapere che" with both words of the cue', () => {
    const got = statementsOf(
      'Titolo\n\nDa Palazzo Chigi fanno sapere che il decreto arriverà giovedì.',
      'it',
    );
    expect(got.map((s) => [s.speaker.name, s.cue, s.content])).toEqual([
      ['Palazzo Chigi', 'fanno sapere', 'il decreto arriverà giovedì'],
    ]);
  });
  it('leaves a time after the preposition to the subject that follows it', () => {
    expect(
      read('Desde hace meses los vecinos aseguran que no hay agua.', 'es').map((s) => s[2]),
    ).not.toContain('indirect.locative-source');
  });
});
