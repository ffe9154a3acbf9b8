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

  it('reads a reflexive owner as the subject of its own clause, not the speaker before', () => {
    const all = read(
      'Der Experte Hans Meier sagte, der Damm halte. Die Feuerwehr hat nach eigenen Angaben zwanzig Keller ausgepumpt.',
    );
    expect(all).toHaveLength(2);
    expect(all[1]!.speaker).toContain('Feuerwehr');
  });

  it('reads no record alone when its owner after it could not be read', () => {
    const all = read(
      'Der Experte Hans Meier sagte, der Damm halte. Nach Angaben des „Kuriers“ soll er brechen.',
    );
    expect(all.some((s) => s.rule.includes('record-front'))).toBe(false);
  });

  it('reads a statement of a body after "nach" as a record whose owner follows', () => {
    const [s] = read('Nach einer Stellungnahme der Bahn fuhr der Zug wegen eines Defekts nicht weiter.');
    expect(s!.speaker).toContain('Bahn');
    expect(s!.content).toContain('fuhr der Zug');
  });

  it('reads "laut" before a record like "nach"', () => {
    const [s] = read('Laut einem Bericht des Umweltamts sind die Seen im Sommer wärmer geworden.');
    expect(s!.speaker).toContain('Umweltamt');
    expect(s!.content).toContain('sind die Seen');
  });

  it('takes a compound record for its own owner, not the noun phrase after it', () => {
    const [s] = read('In der Region gibt es laut Polizeibericht eine hohe Zahl an Einbrüchen.');
    expect(s!.speaker).toContain('Polizeibericht');
  });

  it('reads nothing after the preposition when no record follows it', () => {
    expect(read('Nach dem Konzert fuhr die Sängerin nach Hamburg.')).toEqual([]);
  });
});
