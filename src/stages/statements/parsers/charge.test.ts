import { describe, expect, it } from 'vitest';
import { describeStatement, meets, statementsOf } from '../test-support.js';

const check = (text: string, lang: string, speaker: string, content: string, object: string) => {
  const got = statementsOf(text, lang);
  const s = got.find((x) => meets(x, { speaker, content }));
  expect(s, got.map(describeStatement).join('\n')).toBeDefined();
  // the accused is the cue's object, never part of what was said
  expect(s!.content).not.toContain(object);
};

describe('an accusing cue with its object before the charge', () => {
  it('reports the Spanish charge after "acusó al … de", past a date', () => {
    check(
      'La diputada Lucía Ferrer acusó este jueves al Ayuntamiento de haber ocultado las facturas del contrato.',
      'es',
      'Lucía Ferrer',
      'haber ocultado las facturas',
      'Ayuntamiento',
    );
  });

  it('reports a quoted charge after a coordinated cue ("y acusó a la empresa de «…»")', () => {
    check(
      'El concejal Tomás Bravo visitó la obra y acusó a la constructora de «jugar con la seguridad» de los vecinos.',
      'es',
      'Tomás Bravo',
      'jugar con la seguridad',
      'constructora',
    );
  });

  it('reads the elided French preposition ("accusent la mairie d\'avoir …")', () => {
    check(
      "Des habitants accusent la mairie d'avoir fermé la rue sans les prévenir.",
      'fr',
      'habitants',
      'fermé la rue',
      'mairie',
    );
  });

  it('steps over a bracketed day in Portuguese ("acusou nesta terça-feira (4) o governo de …")', () => {
    check(
      'O deputado Mário Lopes acusou nesta terça-feira (4) o governo de esconder o relatório da auditoria.',
      'pt',
      'Mário Lopes',
      'esconder o relatório',
      'governo',
    );
  });

  it('reads the English charge after "of"', () => {
    check(
      'The opposition leader Dana Price accused the council of misleading residents about the budget.',
      'en',
      'Dana Price',
      'misleading residents',
      'council',
    );
  });
});
