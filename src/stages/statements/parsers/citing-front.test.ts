import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`Заголовок\n\n${text}`, lang).map((s) => ({
    speaker: s.speaker.name,
    content: s.content,
    rule: s.rule.split(' ')[0],
  }));

describe('an outlet named by a citing marker as the only source', () => {
  it('speaks for the clause after it when the marker opens the sentence', () => {
    expect(read('Как сообщает ТАСС, мост закроют на ремонт до осени.', 'ru')).toEqual([
      { speaker: 'ТАСС', content: 'мост закроют на ремонт до осени', rule: 'indirect.citing-front' },
    ]);
  });
  it('speaks for the clause before it when the marker closes the sentence', () => {
    const [s] = read('Міст закриють на ремонт до осені, як повідомляє Укрінформ.', 'uk');
    expect(s).toMatchObject({ speaker: 'Укрінформ', rule: 'indirect.citing-end' });
    expect(s!.content).toBe('Міст закриють на ремонт до осені');
  });
  it('gives way to a speaker the clause names itself', () => {
    const out = read('Як повідомляє Укрінформ, мер Ігор Терехов заявив, що міст закриють.', 'uk');
    expect(out.map((s) => s.speaker)).toEqual(['Ігор Терехов']);
  });
});
