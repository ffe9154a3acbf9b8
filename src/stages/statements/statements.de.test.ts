import { describe, expect, it } from 'vitest';
import { describeStatement, meets, statementsOf, type Expect } from './test-support.js';

const cases: Array<[string, string, Expect[]]> = [
  [
    'an inverted speaker opened by an article that is also a relativizer',
    'Die Pegel an der Donau steigen weiter, sagte der Sprecher des Landratsamts.',
    [{ speaker: 'Sprecher', cue: 'sagte', content: 'Die Pegel an der Donau' }],
  ],
  [
    'a speaker before the cue opened by such an article',
    'Die Feuerwehr erklärte, alle Bewohner seien in Sicherheit.',
    [{ speaker: 'Feuerwehr', cue: 'erklärte', content: 'alle Bewohner' }],
  ],
  [
    'a sentence in the reported mood right after a statement continues its speaker',
    'Bürgermeisterin Anna Kessler sagte, die Schule bleibe geschlossen. Es gebe noch keinen Termin für die Reparatur.',
    [
      { speaker: 'Anna Kessler', content: 'die Schule bleibe' },
      { speaker: 'Anna Kessler', content: 'keinen Termin', implied: true },
    ],
  ],
  [
    'a separable cue split around its speaker and adjuncts',
    'Das Landratsamt teilte am Montagabend mit, die Straße werde ab Mittwoch gesperrt.',
    [{ speaker: 'Landratsamt', cue: 'teilte', content: 'die Straße werde' }],
  ],
  [
    'a separable cue closing the sentence after the reported clause',
    'Die Ernte falle in diesem Jahr deutlich kleiner aus, teilte der Bauernverband mit.',
    [{ speaker: 'Bauernverband', cue: 'teilte', content: 'Die Ernte falle' }],
  ],
  [
    'a cue in second place after an opening adjunct, its speaker after it',
    'Am Freitag erklärte die Bürgermeisterin Anna Kessler, der Haushalt sei ausgeglichen.',
    [{ speaker: 'Anna Kessler', cue: 'erklärte', content: 'der Haushalt sei' }],
  ],
  [
    'a source before the postposition "zufolge"',
    'Der Feuerwehr zufolge ist der Brand inzwischen unter Kontrolle.',
    [{ speaker: 'Feuerwehr', content: 'der Brand' }],
  ],
];

describe('German statements', () => {
  for (const [name, text, expected] of cases) {
    it(`reads ${name}`, () => {
      const got = statementsOf(text, 'de');
      for (const e of expected)
        expect(
          got.some((s) => meets(s, e)),
          `${JSON.stringify(e)} in\n${got.map(describeStatement).join('\n')}`,
        ).toBe(true);
      expect(got.length).toBe(expected.length);
    });
  }

  it('gives no source for "zufolge" after a common noun', () => {
    expect(statementsOf('Den Angaben zufolge ist der Brand inzwischen unter Kontrolle.', 'de')).toEqual([]);
  });

  it('reads no statement from a reported-mood sentence that follows no statement', () => {
    expect(statementsOf('Der Zug fuhr um acht Uhr ab. Es gebe keinen Ersatzverkehr.', 'de')).toEqual([]);
  });
});
