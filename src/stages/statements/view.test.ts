import { describe, expect, it } from 'vitest';
import { describeStatement, meets, statementsOf } from './test-support.js';

describe('a compound cue with adverbs between its auxiliary and its participle', () => {
  it('reads the Italian "ha però ammesso che"', () => {
    const got = statementsOf(
      'Il direttore Paolo Serra ha però ammesso che i controlli erano stati rinviati due volte.',
      'it',
    );
    expect(
      got.some((s) => meets(s, { speaker: 'Paolo Serra', content: 'i controlli erano stati rinviati' })),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });

  it('reads the French "a toutefois reconnu que" after a pronoun', () => {
    const got = statementsOf(
      'La préfète Anne Morel a dit que le chantier était sûr. Elle a toutefois reconnu que les travaux prendraient du retard.',
      'fr',
    );
    expect(
      got.some((s) => meets(s, { speaker: 'Anne Morel', content: 'les travaux prendraient du retard' })),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });

  it('still needs the adverb to stand between two words of a listed cue', () => {
    const got = statementsOf('Il ristorante ha però aperto una nuova sala in centro.', 'it');
    expect(got.map(describeStatement)).toEqual([]);
  });
});
