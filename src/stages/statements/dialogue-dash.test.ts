import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

describe('dialogue written with dashes', () => {
  it('reads the words between the opening dash and the tag dash as a quotation of the tag', () => {
    const [s] = statementsOf('—No firmaremos nada sin garantías —dijo la portavoz Lucía Ferrer.', 'es');
    expect(s).toMatchObject({ speaker: { name: 'Lucía Ferrer' }, direct: true });
    expect(s!.content).toBe('No firmaremos nada sin garantías');
  });

  it('gives a subjectless tag the speaker of the paragraph before', () => {
    const text = 'Lucía Ferrer criticó el recorte.\n—No firmaremos nada sin garantías —añadió.';
    const s = statementsOf(text, 'es').find((x) => x.cue === 'añadió');
    expect(s!.speaker.name).toBe('Lucía Ferrer');
  });

  it('reads no quotation in a paragraph opened by a dash without a tag', () => {
    expect(statementsOf('—Lista de municipios afectados por el corte de agua.', 'es')).toHaveLength(0);
  });
});
