import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`Заголовок\n\nМер Олег Петренко прибув на місце.\n${text}`, lang).map((s) => [
    s.speaker.name,
    s.content,
    s.rule.split(' ')[0],
  ]);

describe('unquoted reported speech closed by a dash and an inverted cue', () => {
  it('reads the name after the cue as the speaker of the sentence before the dash', () => {
    expect(read('Ремонт триватиме до п’ятниці, – сказав Петренко журналістам.', 'uk').at(-1)).toEqual([
      'Олег Петренко',
      'Ремонт триватиме до п’ятниці',
      'indirect.dash-inverted',
    ]);
  });
  it('reads a dash with no comma before it the same way', () => {
    const out = read('Поезда пойдут по графику — сказал Петренко.', 'ru');
    expect(out.at(-1)!.slice(1)).toEqual(['Поезда пойдут по графику', 'indirect.dash-inverted']);
  });
  it('resolves a pronoun after the cue to the previous speaker', () => {
    const out = read(
      'Ремонт триватиме до п’ятниці, – сказав Петренко. Ділянка складна, – пояснив він.',
      'uk',
    );
    expect(out.at(-1)).toEqual(['Олег Петренко', 'Ділянка складна', 'indirect.dash-inverted']);
  });
  it('leaves a dash after a sentence with no cue alone', () => {
    expect(read('Ремонт триватиме до п’ятниці – так і буде.', 'uk').map((s) => s[2])).not.toContain(
      'indirect.dash-inverted',
    );
  });
});
