import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/extract.js';

const read = (text: string, lang: string) =>
  runPipeline(text, { published: '2024-10-25', lang }).statements.map((s) => ({
    speaker: s.speaker.name,
    content: s.content,
  }));

describe('a pronoun speaker with no speaker or subject before it', () => {
  it('is the person named in the sentences before', () => {
    const out = read(
      'Der Landwirt Jan Ott war mit seiner Maschine auf dem Feld, als eine Kugel die Scheibe traf. Er sagte aus: „Plötzlich zersprang das Glas vor meinen Augen.“',
      'de',
    );
    expect(out).toContainEqual({
      speaker: 'Jan Ott',
      content: 'Plötzlich zersprang das Glas vor meinen Augen.',
    });
  });

  it('is nobody when two people were named before', () => {
    const out = read(
      'Eine Kugel traf am Morgen den Landwirt Jan Ott und streifte den Jäger Paul Wendt. Er sagte aus: „Plötzlich zersprang das Glas vor meinen Augen.“',
      'de',
    );
    expect(out).toEqual([]);
  });

  it('is nobody when no person was named before', () => {
    const out = read(
      'Auf dem Feld zersprang eine Scheibe. Er sagte aus: „Plötzlich zersprang das Glas.“',
      'de',
    );
    expect(out).toEqual([]);
  });
});
