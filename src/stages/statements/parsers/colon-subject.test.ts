import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../pipeline/extract.js';

const read = (text: string, lang = 'de') =>
  runPipeline(text, { published: '2024-10-25', lang }).statements.map((s) => ({
    speaker: s.speaker.name,
    direct: s.direct,
    content: s.content,
    rule: s.rule,
  }));

describe('a quotation introduced by a colon after its speaker’s clause', () => {
  it('gives the quotation to the subject of a clause without a reporting verb', () => {
    const [s] = read(
      'Die Ministerin Eva Brandt sieht die Schuld bei den Banken: „Sie haben zu lange gezögert.“',
    );
    expect(s).toMatchObject({ speaker: 'Eva Brandt', direct: true });
    expect(s!.content).toContain('zu lange gezögert');
    expect(s!.rule).toContain('quote.before.colon-subject');
  });

  it('leaves a clause whose subject is no source without a speaker', () => {
    const all = read('Der Plan hat einen Haken: „Niemand will ihn bezahlen.“');
    expect(all.some((s) => s.rule.includes('colon-subject'))).toBe(false);
  });

  it('keeps the reading off where the grammar does not ask for it', () => {
    const all = read('Minister Eva Brandt sees the blame with the banks: "They waited far too long."', 'en');
    expect(all.some((s) => s.rule.includes('colon-subject'))).toBe(false);
  });
  it("takes the subject after a headline's topic and its comma", () => {
    const all = read(
      'Frana in Val Seriana, il sindaco: "Nessuno torni a casa stanotte"\n\nLa strada è chiusa.',
      'it',
    );
    const s = all.find((x) => x.rule.includes('colon-subject'));
    expect(s?.speaker).toBe('sindaco');
  });
  it('reads the subject after the verb when an adjunct opens the clause', () => {
    const all = read(
      'Der Saal war voll.\n\nDort sparte die Bürgermeisterin nicht mit Lob: „Das war ein großer Abend für uns alle.“',
    );
    const s = all.find((x) => x.rule.includes('colon-subject'));
    expect(s?.speaker).toBe('Bürgermeisterin');
  });
});
