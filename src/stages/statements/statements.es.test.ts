import { describe, expect, it } from 'vitest';
import { describeStatement, meets, statementsOf } from './test-support.js';

describe('Spanish statements', () => {
  it('reads a speaker opened by the article "el", which folds like the pronoun "él"', () => {
    const got = statementsOf('El ministro Ramón Ortega explicó que el puente se reabrirá en mayo.', 'es');
    expect(
      got.some((s) => meets(s, { speaker: 'Ramón Ortega', cue: 'explicó', content: 'el puente' })),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});
