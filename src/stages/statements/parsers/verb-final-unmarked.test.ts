import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`Başlık\n\n${text}`, lang).map((s) => [s.speaker.name, s.content, s.rule.split(' ')[0]]);

describe('a verb-final clause whose speaker no comma closes', () => {
  it('reads the role and name opening the clause as the speaker of the nominalised clause', () => {
    const out = read('Vali Kemal Tunç köprünün yeniden açılacağını söyledi.', 'tr');
    expect(out).toEqual([['Kemal Tunç', 'köprünün yeniden açılacağını', 'indirect.verb-final-unmarked']]);
  });
  it('reads a body named by its capitalised words', () => {
    const out = read('Sağlık Bakanlığı yeni vakaların azaldığını açıkladı.', 'tr');
    expect(out.map((s) => s[1])).toEqual(['yeni vakaların azaldığını']);
    expect(out[0]![0]).toBe('Sağlık Bakanlığı');
  });
  it('reads nothing when the clause before the verb is not nominalised', () => {
    expect(read('Vali Kemal Tunç köprü için yeni bir plan açıkladı.', 'tr')).toEqual([]);
  });
  it('reads nothing when the clause opens with an adjunct rather than a name', () => {
    expect(read('Depremde beş kişinin öldüğünü açıkladı.', 'tr')).toEqual([]);
  });
});
