import { describe, expect, it } from 'vitest';
import { describeStatement, meets, statementsOf } from './test-support.js';

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
  it('finds the body after the outlet told, its article spelt like the preposition', () => {
    const got = statementsOf(
      'A ponte fica fechada até março, confirmou à Lusa a Câmara Municipal de Tomar.',
      'pt',
    );
    expect(got.map((s) => s.speaker.name)).toContain('Câmara Municipal de Tomar');
  });
});

describe('Portuguese headlines that pair two sides', () => {
  it('ends the first clause at a semicolon and reads "fala em" as a characterisation', () => {
    const got = statementsOf(
      'O prefeito acusa o estado de atrasar repasses; Secretaria fala em dados desatualizados',
      'pt',
    );
    const lines = got.map(describeStatement).join('\n');
    expect(
      got.some((s) => meets(s, { speaker: 'prefeito', content: 'atrasar repasses' })),
      lines,
    ).toBe(true);
    expect(got.find((s) => meets(s, { speaker: 'prefeito' }))!.content, lines).not.toContain('Secretaria');
    expect(
      got.some((s) => meets(s, { speaker: 'Secretaria', content: 'dados desatualizados' })),
      lines,
    ).toBe(true);
  });
});

describe('Portuguese denials of a noun phrase after the article "a"', () => {
  it('reads "negou a informação" as the denial, not "a" as the hearer of the cue', () => {
    const got = statementsOf('A Câmara Municipal negou a notícia sobre o encerramento da escola.', 'pt');
    expect(
      got.some((s) =>
        meets(s, { speaker: 'Câmara', stance: 'deny', content: 'a notícia sobre o encerramento' }),
      ),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});

describe('Portuguese bodies that record a count', () => {
  it('gives "O instituto registou 120 sismos" to the institute in European spelling', () => {
    const got = statementsOf('O instituto registou 120 sismos desde sábado na ilha de São Jorge.', 'pt');
    expect(
      got.some((s) => meets(s, { speaker: 'instituto', cue: 'registou', content: '120 sismos' })),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});
