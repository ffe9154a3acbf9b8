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

describe('Portuguese hearers after an inverted cue', () => {
  it('never takes the outlet told ("disse à RTP") for the speaker', () => {
    const got = statementsOf(
      'O ministro Rui Marques saudou a decisão. "Ganharam os alunos", disse à RTP, acrescentando que o pagamento começa em setembro.',
      'pt',
    );
    expect(got.map((s) => s.speaker.name)).not.toContain('RTP');
  });
});
