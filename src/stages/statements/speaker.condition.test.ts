import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

describe('a condition before the main clause', () => {
  it('never reads the conditional conjunction as the speaker of the cue inside the condition', () => {
    const [s] = statementsOf(
      'Si no explica de dónde sale el dinero, presentaremos una moción, advirtió la concejala Marta Gil.',
      'es',
    );
    expect(s!.speaker.name).toBe('Marta Gil');
    expect(s!.stance).toBe('conditional');
  });

  it('still reads a name that begins like the conjunction as a speaker', () => {
    expect(statementsOf('Silvia Prieto dijo que la moción llegará el lunes.', 'es')[0]!.speaker.name).toBe(
      'Silvia Prieto',
    );
  });
});
