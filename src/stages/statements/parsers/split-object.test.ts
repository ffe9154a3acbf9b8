import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang: string) =>
  statementsOf(`Kopfzeile\n\n${text}`, lang).map((s) => [
    s.speaker.name,
    s.stance,
    s.content,
    s.rule.split(' ')[0],
  ]);

describe('a denial whose particle closes the sentence around its object', () => {
  it('is a denial by the subject whose content is the object between verb and particle', () => {
    expect(read('Die Stadtverwaltung wies die Kritik der Anwohner gestern zurück.', 'de')).toEqual([
      ['Stadtverwaltung', 'deny', 'die Kritik der Anwohner gestern', 'indirect.split-object'],
    ]);
  });
  it('leaves a split cue that reports a clause after a comma to the split-cue parser', () => {
    const out = read('Der Verband teilte am Abend mit, die Halle bleibe geschlossen.', 'de');
    expect(out.map((s) => s[3])).not.toContain('indirect.split-object');
  });
  it('does not read a split cue that is no denial as one around its object', () => {
    const out = read('Der Verband kündigte eine neue Regel an.', 'de');
    expect(out.map((s) => s[3])).not.toContain('indirect.split-object');
  });
});
