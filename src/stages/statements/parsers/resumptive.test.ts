import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

describe('a sentence opening with an object pronoun and a cue', () => {
  it('reports the sentence before it, its speaker after the cue', () => {
    const [s, ...rest] = statementsOf(
      'Titolo\n\nTre strade restano chiuse per il fango. Lo ha comunicato ieri il Comune di Lecco.',
      'it',
    );
    expect(rest).toEqual([]);
    expect(s!.speaker.name).toMatch(/Comune di Lecco/);
    expect(s!.content).toBe('Tre strade restano chiuse per il fango');
    expect(s!.rule.split(' ')[0]).toBe('indirect.resumptive');
  });
  it('reads the same construction from data in another language', () => {
    const [s] = statementsOf(
      'Título\n\nEl puente seguirá cerrado hasta marzo. Así lo confirmó el alcalde Juan Ortega.',
      'es',
    );
    expect(s!.speaker.name).toBe('Juan Ortega');
    expect(s!.content).toBe('El puente seguirá cerrado hasta marzo');
  });
  it('does not reach back across a paragraph', () => {
    const out = statementsOf(
      'Titolo\n\nTre strade restano chiuse per il fango.\n\nLo ha comunicato ieri il Comune di Lecco.',
      'it',
    );
    expect(out.map((s) => s.rule.split(' ')[0])).not.toContain('indirect.resumptive');
  });
});
