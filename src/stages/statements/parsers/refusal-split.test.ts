import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`Заголовок\n\n${text}`, lang).map((s) => [s.speaker.name, s.stance, s.rule.split(' ')[0]]);

describe('a refusal phrase parted by the topic of the refused comment', () => {
  it('reads the subject before the phrase as the speaker of a hedge', () => {
    expect(read('Посольство от комментариев по поводу визита отказалось.', 'ru')).toEqual([
      ['Посольство', 'hedge', 'indirect.refusal-split'],
    ]);
  });
  it('reads the body of an opening locative as the speaker', () => {
    const out = read('В «Нафтогазі» від коментарів щодо нових тарифів відмовилися.', 'uk');
    expect(out.map((s) => s.slice(1))).toEqual([['hedge', 'indirect.refusal-split']]);
    expect(out[0]![0]).toContain('Нафтогаз');
  });
  it('reads a refused object between the two words of a refusal', () => {
    expect(read('Губернатор не стал эти данные комментировать.', 'ru').map((s) => s.slice(1))).toEqual([
      ['hedge', 'indirect.refusal-split'],
    ]);
  });
  it('reads no refusal when a clause, not an adjunct, parts the two halves', () => {
    expect(read('Посольство от комментариев, которые просили журналисты, отказалось.', 'ru')).toEqual([]);
  });
});
