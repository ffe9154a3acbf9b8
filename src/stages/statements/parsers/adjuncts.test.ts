import { describe, expect, it } from 'vitest';
import { describeStatement, meets, statementsOf } from '../test-support.js';

describe('adjuncts after an inverted speaker', () => {
  it('lets a name connector open the phrase that closes the sentence ("le directeur de la Marine")', () => {
    const got = statementsOf(
      "Le port restera fermé jusqu'à lundi, a ajouté le directeur de la Capitainerie.",
      'fr',
    );
    expect(
      got.some((s) => meets(s, { speaker: 'directeur', content: 'Le port restera fermé' })),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });

  it('reads a French day part between the cue and its speaker ("a indiqué mardi matin")', () => {
    const got = statementsOf(
      'La rivière a commencé à baisser, a indiqué mardi matin le service Vigicrues.',
      'fr',
    );
    expect(
      got.some((s) => meets(s, { speaker: 'Vigicrues', content: 'La rivière a commencé à baisser' })),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});
