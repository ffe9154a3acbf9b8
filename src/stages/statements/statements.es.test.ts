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

describe('Spanish subjectless tags (grammar.proDrop)', () => {
  it('gives a quote tagged by a cue alone to the previous speaker', () => {
    const got = statementsOf(
      'La alcaldesa Lucía Prieto dijo que el agua volverá el lunes. «Nadie quedará sin ayuda», aseguró.',
      'es',
    );
    expect(
      got.some((s) => meets(s, { speaker: 'Lucía Prieto', cue: 'aseguró', direct: true, implied: true })),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });

  it('gives a clause tagged by a cue alone to the previous speaker', () => {
    const got = statementsOf(
      'La alcaldesa Lucía Prieto dijo que el agua volverá el lunes. Las escuelas abrirán el martes, añadió.',
      'es',
    );
    expect(
      got.some((s) =>
        meets(s, { speaker: 'Lucía Prieto', cue: 'añadió', content: 'Las escuelas', implied: true }),
      ),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});

describe('Spanish sources of a record', () => {
  it('reads the owner of a record named after an article and a modifier', () => {
    const got = statementsOf(
      'El fuego ha quemado 900 hectáreas, según el último balance del Servicio de Emergencias.',
      'es',
    );
    expect(
      got.some((s) => meets(s, { speaker: 'Servicio de Emergencias', cue: 'según', content: 'El fuego' })),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});

describe('Spanish hearers named with a connector', () => {
  it('reads the clause after "ante la Audiencia Provincial de Cádiz"', () => {
    const got = statementsOf(
      'El alcalde Luis Ortega negó este martes ante la Audiencia Provincial de Cádiz haber pagado a los técnicos.',
      'es',
    );
    expect(
      got.some((s) =>
        meets(s, { speaker: 'Luis Ortega', stance: 'deny', content: 'haber pagado a los técnicos' }),
      ),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});

describe('Spanish according-to phrases holding a pronoun', () => {
  it('gives "Según ella, …" to the woman who spoke in the sentence before', () => {
    const got = statementsOf(
      'La portavoz de la asociación, Marta Lozano, dijo que la obra está abandonada. Según ella, los trabajos llevan dos meses parados.',
      'es',
    );
    expect(
      got.some((s) =>
        meets(s, { speaker: 'Marta Lozano', content: 'los trabajos llevan dos meses parados' }),
      ),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });

  it('does not read "según el" followed by a body as a pronoun for the previous speaker', () => {
    const got = statementsOf(
      'La portavoz Marta Lozano habló el martes. Los trabajos llevan dos meses parados, según el Ayuntamiento.',
      'es',
    );
    expect(
      got.some((s) =>
        meets(s, { speaker: 'Ayuntamiento', content: 'Los trabajos llevan dos meses parados' }),
      ),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});

describe('Spanish subjectless tags set off by commas inside the reported clause', () => {
  it('gives "Las obras, añadió, durarán …" to the speaker of the sentence before', () => {
    const got = statementsOf(
      'El alcalde, Juan Pérez, dijo que la carretera seguirá cortada. Las obras, añadió, durarán al menos dos meses más.',
      'es',
    );
    expect(
      got.some((s) =>
        meets(s, {
          speaker: 'Juan Pérez',
          cue: 'añadió',
          implied: true,
          content: 'durarán al menos dos meses',
        }),
      ),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});
