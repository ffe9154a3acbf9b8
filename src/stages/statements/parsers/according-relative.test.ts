import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

describe('a relative "according to whom" after a comma', () => {
  it('makes the noun phrase before the comma the source of the clause after it', () => {
    const [s, ...rest] = statementsOf(
      'Titolo\n\nNon è d’accordo il comitato dei residenti, secondo cui il cantiere è fermo da mesi.',
      'it',
    );
    expect(rest).toEqual([]);
    expect(s!.speaker.name).toMatch(/comitato/);
    expect(s!.content).toBe('il cantiere è fermo da mesi');
    expect(s!.rule.split(' ')[0]).toBe('indirect.according-relative');
  });
  it('reads the marker from data in another language', () => {
    const [s] = statementsOf(
      'Título\n\nLo rechaza la asociación vecinal, según la cual las obras llevan meses paradas.',
      'es',
    );
    expect(s!.content).toBe('las obras llevan meses paradas');
    expect(s!.rule.split(' ')[0]).toBe('indirect.according-relative');
  });
  it('names no source when a thing stands before the comma', () => {
    const out = statementsOf('Titolo\n\nÈ passata ieri la norma, secondo cui i comuni devono pagare.', 'it');
    expect(out.map((s) => s.rule.split(' ')[0])).not.toContain('indirect.according-relative');
  });
});

describe('a German relative "wonach" after a record', () => {
  it('gives the clause to the record before the comma', () => {
    const out = statementsOf(
      'Kopfzeile\n\nEs gibt eine Schätzung, wonach im Vorjahr 400 Wohnungen leer standen.',
      'de',
    );
    expect(out.map((s) => [s.speaker.name, s.content, s.rule.split(' ')[0]])).toEqual([
      ['Schätzung', 'im Vorjahr 400 Wohnungen leer standen', 'indirect.according-relative'],
    ]);
  });
});
