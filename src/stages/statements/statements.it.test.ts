import { describe, expect, it } from 'vitest';
import { describeStatement, meets, statementsOf } from './test-support.js';

describe('Italian subjectless tags after a role with its holder in apposition', () => {
  it('gives the quote to the person the sentence before names after her role', () => {
    const got = statementsOf(
      'La sindaca di Figline e Incisa Valdarno, Elena Conti, ha criticato i ritardi. "Ci hanno avvisati tardi", ha dichiarato a Repubblica.',
      'it',
    );
    expect(
      got.some((s) =>
        meets(s, { speaker: 'Elena Conti', cue: 'ha dichiarato', direct: true, implied: true }),
      ),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});

describe('Italian subjects parted from their cue by an aside', () => {
  it('reads the subject before "…, raggiunto telefonicamente, ha detto che"', () => {
    const got = statementsOf(
      "L'assessore Marta Bellini, raggiunta al telefono, ha detto che la strada riaprirà lunedì.",
      'it',
    );
    expect(
      got.some((s) => meets(s, { speaker: 'Marta Bellini', content: 'la strada riaprirà lunedì' })),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});

describe('Italian subjects whose head takes a complement before an aside', () => {
  it('reads "I parenti del ferito, raggiunti dai cronisti, non hanno voluto …" as a refusal of the relatives', () => {
    const got = statementsOf(
      'I parenti del ferito, raggiunti dai cronisti davanti al reparto, non hanno voluto rilasciare dichiarazioni.',
      'it',
    );
    expect(
      got.some((s) => meets(s, { speaker: 'parenti', stance: 'hedge' })),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});

describe('Italian refusals closed by a long adjunct', () => {
  it('keeps "non ha voluto rispondere" a refusal when the place and occasion follow it', () => {
    const got = statementsOf(
      "Il direttore dell'ospedale non ha voluto rispondere alle domande dei giornalisti all'uscita della riunione in prefettura a Caserta.",
      'it',
    );
    expect(
      got.some((s) => meets(s, { speaker: 'direttore', stance: 'hedge' })),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});

describe('Italian channels and hearers between an inverted cue and its speaker', () => {
  it('skips the channel ("ha scritto sui social il sindaco")', () => {
    const got = statementsOf(
      '"Oggi è un giorno di lutto", ha scritto sui social il sindaco Paolo Renzi.',
      'it',
    );
    expect(got.map((s) => s.speaker.name)).toContain('Paolo Renzi');
  });
  it('skips a named hearer before an article ("ha confermato all\'ANSA la procura")', () => {
    const got = statementsOf("Le indagini proseguono, ha confermato all'ANSA la procura.", 'it');
    expect(got.some((s) => s.speaker.name.includes('procura'))).toBe(true);
  });
});
