import { describe, expect, it } from 'vitest';
import { describeStatement, meets, statementsOf, type Expect } from './test-support.js';

const cases: Array<[string, string, Expect[]]> = [
  [
    'a sentence in the reported mood after a sentence opened by a body that made no statement',
    'Die Landesregierung warnt vor neuem Hochwasser. Die Deiche seien an mehreren Stellen aufgeweicht.',
    [{ speaker: 'Landesregierung', content: 'Die Deiche seien' }],
  ],
  [
    'a source named in quotation marks after "laut"',
    'Laut „Tagesblick“ soll der Trainer den Verein im Sommer verlassen.',
    [{ speaker: 'Tagesblick', content: 'soll der Trainer' }],
  ],
  [
    'a hearer named in quotation marks between the cue and the reported clause',
    'Der Bürgermeister Lars Gruber sagte dem Magazin „Stadtleben“, die Brücke werde im Mai fertig.',
    [{ speaker: 'Lars Gruber', cue: 'sagte', content: 'die Brücke werde im Mai fertig' }],
  ],
  [
    'a speaker after a closing cue whose apposition ends the sentence',
    'Alle Passagiere seien unverletzt, sagte Tom Berger, der Sprecher der Flughafenfeuerwehr.',
    [{ speaker: 'Tom Berger', cue: 'sagte', content: 'Alle Passagiere seien unverletzt' }],
  ],
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
  [
    'a speaker opened by an article that is also a connector',
    'Der Sprecher sagte, die Lage sei ernst.',
    [{ speaker: 'Sprecher', cue: 'sagte', content: 'die Lage sei ernst' }],
  ],
  [
    'a speaker whose noun follows an inflected adjective',
    'Der 23-jährige Sportler erklärte, er sei unschuldig.',
    [{ speaker: 'Sportler', cue: 'erklärte', content: 'er sei unschuldig' }],
  ],
  [
    'a source after "nach Angaben" with an adjective before its noun',
    'Nach Angaben eines neutralen Vermittlers werde bald verhandelt.',
    [{ speaker: 'Vermittlers', content: 'werde bald verhandelt' }],
  ],
  [
    'a colon quotation with an object between the cue and the colon',
    'Sabine Roth äußerte sich zufrieden über den Bericht: „Wir haben viel erreicht.“',
    [{ speaker: 'Sabine Roth', content: 'Wir haben viel erreicht' }],
  ],
  [
    'a pluperfect cue split around its object',
    'Ministerin Sabine Roth hatte die Rolle der Länder betont: „Ohne sie geht es nicht.“',
    [{ speaker: 'Sabine Roth', content: 'Ohne sie geht es nicht' }],
  ],
  [
    'a clause of reporting opened by "wie" before the content',
    'Wie die Polizei am Montag mitteilte, wurde niemand verletzt.',
    [{ speaker: 'Polizei', cue: 'mitteilte', content: 'wurde niemand verletzt' }],
  ],
  [
    'a clause of reporting opened by "wie" after the content',
    'Niemand wurde verletzt, wie die Polizei mitteilte.',
    [{ speaker: 'Polizei', cue: 'mitteilte', content: 'Niemand wurde verletzt' }],
  ],
  [
    'a prepositional phrase with a name in first place, the speaker after the cue',
    'Über Peter Lang sagte Anna Kessler, er sei ein guter Trainer.',
    [{ speaker: 'Anna Kessler', cue: 'sagte', content: 'er sei ein guter Trainer' }],
  ],
  [
    'a colon quotation after a prepositional phrase in first place',
    'Anna Kessler kam spät. Im Deutschlandfunk sagte sie am Montag: „Wir sind bereit.“',
    [{ speaker: 'Anna Kessler', content: 'Wir sind bereit' }],
  ],
  [
    'the middle field of a verb-second cue before the comma',
    'Generalstabschef Karl Brandt erklärte hingegen, damit solle ein Vakuum vermieden werden.',
    [{ speaker: 'Karl Brandt', cue: 'erklärte', content: 'damit solle ein Vakuum' }],
  ],
  [
    'a chain of Konjunktiv sentences after one cue',
    'Anna Kessler sagte, die Schule bleibe zu. Sie wisse nicht, wann sie öffne. Die Reparatur dauere lange.',
    [
      { speaker: 'Anna Kessler', content: 'die Schule bleibe' },
      { speaker: 'Anna Kessler', content: 'Sie wisse nicht', implied: true },
      { speaker: 'Anna Kessler', content: 'Die Reparatur dauere', implied: true },
    ],
  ],
  [
    "a Konjunktiv sentence after a quotation, in the next paragraph, for the quotation's speaker",
    'Anna Kessler sagte: „Wir bleiben zu.“\nDie Reparatur dauere noch Wochen.',
    [
      { speaker: 'Anna Kessler', content: 'Wir bleiben zu' },
      { speaker: 'Anna Kessler', content: 'Die Reparatur dauere', implied: true },
    ],
  ],
  [
    'a sentence in reported mood after a sentence of narration, past a word that is only cue-like',
    'Polizeisprecher Jan Weber sagte, die Fahndung laufe. Die Beamten durchsuchten am Abend zwei Wohnungen. Es gebe so viele Hinweise wie selten.',
    [
      { speaker: 'Jan Weber', content: 'die Fahndung laufe' },
      { speaker: 'Jan Weber', content: 'Es gebe so viele Hinweise', implied: true },
    ],
  ],
  [
    'an indicative past ("waren") as narration, not as the reported mood ("wären")',
    'Polizeisprecher Jan Weber sagte, die Fahndung laufe. Die Täter waren zu dritt.',
    [{ speaker: 'Jan Weber', content: 'die Fahndung laufe' }],
  ],
  [
    'a compound record before "zufolge" as the source',
    'Polizeiangaben zufolge wurden bei dem Brand zwei Menschen verletzt.',
    [{ speaker: 'Polizeiangaben', cue: 'zufolge', content: 'wurden bei dem Brand' }],
  ],
  [
    'the owner of a record before "zufolge" as the source',
    'Angaben der Feuerwehr zufolge brannte die Scheune völlig aus.',
    [{ speaker: 'Feuerwehr', cue: 'zufolge', content: 'brannte die Scheune' }],
  ],
  [
    'a record alone before "zufolge", inside its clause, for the source before',
    'Ministerin Anna Berg stellte am Montag eine Studie vor. Der Lärm schadet der Studie zufolge vor allem Kindern.',
    [{ speaker: 'Anna Berg', cue: 'zufolge', content: 'Der Lärm schadet', implied: true }],
  ],
  [
    '"demnach" going on for the source before',
    'Ministerin Anna Berg stellte am Montag eine Studie vor. Demnach ist die Luft in den Städten besser geworden.',
    [{ speaker: 'Anna Berg', content: 'ist die Luft', implied: true }],
  ],
  [
    'an according phrase that holds its pronoun, for the speaker before',
    'Der Forscher Tim Adler sagte, das Eis schmelze schneller. Seiner Meinung nach reichen die Maßnahmen nicht aus.',
    [
      { speaker: 'Tim Adler', content: 'das Eis schmelze' },
      { speaker: 'Tim Adler', content: 'reichen die Maßnahmen', implied: true },
    ],
  ],
  [
    'a reported-mood sentence that names its own source with "laut" for that source',
    'Der Forscher Tim Adler sagte, das Eis schmelze schneller. Im Sommer sei laut der Wetterbehörde kaum Schnee gefallen.',
    [
      { speaker: 'Tim Adler', content: 'das Eis schmelze' },
      { speaker: 'Wetterbehörde', content: 'kaum Schnee' },
    ],
  ],
  [
    'an opinion held by the subject ("ist der Meinung")',
    'Die Bürgermeisterin Anna Kessler ist der Meinung, dass die Stadt mehr Busse braucht.',
    [{ speaker: 'Anna Kessler', content: 'die Stadt mehr Busse' }],
  ],
  [
    'a reported-mood sentence after a sentence that is no statement, for that sentence’s subject',
    'Der Forscher Tim Adler sagte, das Eis schmelze schneller. Die Bürgermeisterin Anna Kessler reagierte gelassen. Die Messungen seien noch nicht vollständig.',
    [
      { speaker: 'Tim Adler', content: 'das Eis schmelze' },
      { speaker: 'Anna Kessler', content: 'Die Messungen seien' },
    ],
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

  it('gives no source for a record before "zufolge" when no source came before it', () => {
    expect(statementsOf('Den Angaben zufolge ist der Brand inzwischen unter Kontrolle.', 'de')).toEqual([]);
  });

  it('reads no statement from a reported-mood sentence that follows no statement', () => {
    expect(statementsOf('Der Zug fuhr um acht Uhr ab. Es gebe keinen Ersatzverkehr.', 'de')).toEqual([]);
  });
});

describe('German clauses before a cue parted by commas', () => {
  it('never reads the clause before the last comma as an aside after a subject', () => {
    const got = statementsOf(
      'Die Ministerin sprach am Montag. Wenn es eine Chance gebe, den Standort mit einem neuen Auftrag zu sichern, werde das Land helfen, hieß es aus dem Ministerium.',
      'de',
    );
    expect(got.map((s) => s.speaker.name)).not.toContain('Standort');
  });
});
