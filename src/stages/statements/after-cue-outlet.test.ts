import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

describe('an outlet or a setting between an inverted cue and its speaker', () => {
  it('skips a known outlet after a preposition to reach the speaker', () => {
    const [s] = statementsOf(
      '« Nous ne fermerons aucune classe », a assuré sur France Info la maire de Brest, Sophie Garnier.',
      'fr',
    );
    expect(s!.speaker.name).toBe('Sophie Garnier');
  });

  it('skips a setting noun of the language ("in commissione") to reach the speaker', () => {
    const [s] = statementsOf(
      '"I conti sono in ordine", ha spiegato in commissione il presidente dell\'ente, Paolo Grandi.',
      'it',
    );
    expect(s!.speaker.name).toBe('Paolo Grandi');
  });
});
