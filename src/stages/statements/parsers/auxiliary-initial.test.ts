import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`عنوان\n\n${text}`, lang).map((s) => [s.speaker.name, s.content, s.rule.split(' ')[0]]);

describe('a verb-initial clause opened by an auxiliary', () => {
  it('reads the subject between the auxiliary and its particle as the speaker', () => {
    expect(read('وكان وزير المالية سامي حداد قد قال أمس إن العجز سيتراجع.', 'ar')).toEqual([
      ['وزير المالية سامي حداد', 'العجز سيتراجع', 'indirect.auxiliary-initial'],
    ]);
  });
  it('reads past an aside in commas to the complementizer', () => {
    const out = read('وكانت صحيفة محلية قد ذكرت، نقلا عن مصدر، أن الميناء سيغلق.', 'ar');
    expect(out.map((s) => s.slice(1))).toEqual([['الميناء سيغلق', 'indirect.auxiliary-initial']]);
  });
  it('reads nothing when no reporting verb follows the particle', () => {
    expect(read('وكان الميناء قد أغلق أمس بسبب العاصفة.', 'ar')).toEqual([]);
  });
});
