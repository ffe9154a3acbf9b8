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
