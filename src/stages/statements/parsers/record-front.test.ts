import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../pipeline/extract.js';

const read = (text: string) =>
  runPipeline(text, { published: '2024-10-25', lang: 'de' }).statements.map((s) => ({
    speaker: s.speaker.name,
    content: s.content,
    rule: s.rule,
  }));

describe('a preposition before a record', () => {
  it('reads a compound record as its own source', () => {
    const [s] = read('Nach Feuerwehrangaben brannte die Scheune vollständig nieder.');
    expect(s!.speaker).toContain('Feuerwehr');
    expect(s!.content).toContain('brannte die Scheune');
    expect(s!.rule).toContain('indirect.record-front');
  });

  it('reads the owner named after the record as the source', () => {
    const [s] = read('Nach einem Bericht der Landesregierung sind die Mieten im Jahr deutlich gestiegen.');
    expect(s!.speaker).toContain('Landesregierung');
    expect(s!.content).toContain('sind die Mieten');
  });

  it('reads the whole clause when the record stands inside it', () => {
    const [s] = read('Bei dem Unwetter wurden nach Behördenangaben zwölf Häuser beschädigt.');
    expect(s).toMatchObject({ rule: expect.stringContaining('indirect.record-inline') });
    expect(s!.content).toContain('zwölf Häuser beschädigt');
  });

  it('reads nothing after the preposition when no record follows it', () => {
    expect(read('Nach dem Konzert fuhr die Sängerin nach Hamburg.')).toEqual([]);
  });
});
