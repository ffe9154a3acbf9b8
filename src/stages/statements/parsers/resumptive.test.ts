import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

describe('a sentence opening with an object pronoun and a cue', () => {
  it('reports the sentence before it, its speaker after the cue', () => {
    const [s, ...rest] = statementsOf(
      'Titolo\n\nTre strade restano chiuse per il fango. Lo ha comunicato ieri il Comune di Lecco.',
      'it',
    );
    expect(rest).toEqual([]);
    expect(s!.speaker.name).toMatch(/Comune di Lecco/);
    expect(s!.content).toBe('Tre strade restano chiuse per il fango');
    expect(s!.rule.split(' ')[0]).toBe('indirect.resumptive');
  });
  it('reads the same construction from data in another language', () => {
    const [s] = statementsOf(
      'Título\n\nEl puente seguirá cerrado hasta marzo. Así lo confirmó el alcalde Juan Ortega.',
      'es',
    );
    expect(s!.speaker.name).toBe('Juan Ortega');
    expect(s!.content).toBe('El puente seguirá cerrado hasta marzo');
  });
  it('does not reach back across a paragraph', () => {
    const out = statementsOf(
      'Titolo\n\nTre strade restano chiuse per il fango.\n\nLo ha comunicato ieri il Comune di Lecco.',
      'it',
    );
    expect(out.map((s) => s.rule.split(' ')[0])).not.toContain('indirect.resumptive');
  });
});

describe('a resumptive sentence', () => {
  it('gives a quotation standing alone before it its speaker', () => {
    const [s, ...rest] = statementsOf(
      'Titolo\n\n«Le scuole riapriranno lunedì». Lo ha detto il sindaco Paolo Verdi.',
      'it',
    );
    expect(rest).toEqual([]);
    expect(s!.speaker.name).toBe('Paolo Verdi');
    expect(s!.direct).toBe(true);
    expect(s!.rule.split(' ')[0]).toBe('quote.resumptive');
  });
  it('may hold a short adjunct before its cue', () => {
    const [s] = statementsOf(
      'Титул\n\nУ Дарницькому районі пошкоджено житловий будинок. Про це в Telegram написав міський голова Віталій Кличко.',
      'uk',
    );
    expect(s!.speaker.name).toMatch(/Кличко/);
    expect(s!.content).toBe('У Дарницькому районі пошкоджено житловий будинок');
    expect(s!.rule.split(' ')[0]).toBe('indirect.resumptive');
  });
  it('reads the same construction in Russian', () => {
    const [s] = statementsOf(
      'Заголовок\n\nНа подстанции возник пожар. Об этом сообщил губернатор Олег Смирнов.',
      'ru',
    );
    expect(s!.speaker.name).toMatch(/Смирнов/);
    expect(s!.content).toBe('На подстанции возник пожар');
  });
  it('takes the body an impersonal cue names in a locative', () => {
    const [s] = statementsOf(
      'Титул\n\nУ листопаді експорт соняшникової олії зріс на третину. Про це повідомили в Міністерстві фінансів.',
      'uk',
    );
    expect(s!.speaker.name).toMatch(/Міністерстві фінансів/);
    expect(s!.content).toBe('У листопаді експорт соняшникової олії зріс на третину');
  });
});
