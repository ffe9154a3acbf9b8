import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`Заголовок\n\n${text}`, lang).map((s) => ({ speaker: s.speaker.name, content: s.content }));

describe('a channel and a hearer between an inverted cue and its speaker', () => {
  it('leave the person after them as the speaker of a quotation', () => {
    expect(read('«Мост откроют в мае», – сказал в комментарии журналистам Иван Петров.', 'ru')).toEqual([
      { speaker: 'Иван Петров', content: 'Мост откроют в мае' },
    ]);
  });
  it('leave the person after them as the speaker of a reported clause', () => {
    expect(read('Міст відкриють у травні, сказав у коментарі журналістам Олександр Прокудін.', 'uk')).toEqual(
      [{ speaker: 'Олександр Прокудін', content: 'Міст відкриють у травні' }],
    );
  });
  it('still read a hearer preposition with its own named object', () => {
    const [s] = read('«La obra estará lista», dijo a los periodistas el alcalde Juan Ortega.', 'es');
    expect(s!.speaker).toBe('Juan Ortega');
  });
});
