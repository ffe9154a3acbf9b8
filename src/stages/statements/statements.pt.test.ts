import { describe, expect, it } from 'vitest';
import { describeStatement, statementsOf } from './test-support.js';

describe('Portuguese refusals', () => {
  it('reads a refusal that stands alone as a hedge of its subject', () => {
    const got = statementsOf('Procurada, a empresa Vale preferiu não se pronunciar sobre o caso.', 'pt');
    expect(
      got.some((s) => s.speaker.name.includes('Vale') && s.stance === 'hedge'),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});
