import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`عنوان\n\n${text}`, lang).map((s) => [s.speaker.name, s.content, s.rule.split(' ')[0]]);

describe('an according-to phrase opening the sentence', () => {
  it('runs a caseless name on over its plain words to the comma that closes it', () => {
    expect(read('وبحسب ديوان المحاسبة الوطنية، ارتفع العجز إلى مستوى قياسي.', 'ar')).toEqual([
      ['ديوان المحاسبة الوطنية', 'ارتفع العجز إلى مستوى قياسي', 'indirect.according-front'],
    ]);
  });
  it('reads an outlet named in quotation marks after a media noun', () => {
    const out = statementsOf('Заголовок\n\nКак пишет газета «Вечерний город», мост закроют на ремонт.', 'ru');
    expect(out.map((s) => [s.content, s.rule.split(' ')[0]])).toEqual([
      ['мост закроют на ремонт', 'indirect.citing-front'],
    ]);
    expect(out[0]!.speaker.name).toContain('Вечерний');
  });
});

describe('according-to markers before their clause', () => {
  it('keeps the source before the comma and reads a plural noun after it as the clause subject', () => {
    const [s] = statementsOf('Secondo la regione, i pazienti in attesa erano 64.', 'it');
    expect(s!.speaker.name).toBe('regione');
    expect(s!.content).toBe('i pazienti in attesa erano 64');
  });

  it('still takes a named apposition closed by a comma as the source', () => {
    const [s] = statementsOf('Secondo il portavoce, Mario Rossi, i letti erano 64.', 'it');
    expect(s!.speaker.name).toBe('Mario Rossi');
  });

  it('reads no source in a preposition that doubles as "according to" when no comma sets it off', () => {
    const text = 'A prefeitura abriu duas tendas de hidratação para pacientes com suspeita de dengue.';
    expect(statementsOf(text, 'pt')).toHaveLength(0);
  });
});
