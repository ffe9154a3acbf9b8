import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`Başlık\n\n${text}`, lang).map((s) => [s.speaker.name, s.content, s.rule.split(' ')[0]]);

describe('a passive cue whose source owns the channel opening the sentence', () => {
  it('reads the owner of the statement as the speaker: "X\'in açıklamasında, … kaydedildi"', () => {
    const out = read(
      "Sendikanın rakip kuruluşu DİSK'in açıklamasında, zammın yetersiz kaldığı kaydedildi.",
      'tr',
    );
    expect(out).toEqual([['DİSK', 'zammın yetersiz kaldığı', 'indirect.channel-passive']]);
  });
  it('reads an owner linked to the channel by a case suffix and a participle', () => {
    const out = read(
      "Sağlık Bakanlığı'ndan yapılan açıklamada ise aşıların yeterli olduğu belirtildi.",
      'tr',
    );
    expect(out.map((s) => [s[1], s[2]])).toEqual([['aşıların yeterli olduğu', 'indirect.channel-passive']]);
    expect(out[0]![0]).toContain('Bakanlığı');
  });
  it('leaves a channel with no owner before it to other constructions', () => {
    expect(read('Açıklamada, zammın yetersiz kaldığı kaydedildi.', 'tr').map((s) => s[2])).not.toContain(
      'indirect.channel-passive',
    );
  });
});
