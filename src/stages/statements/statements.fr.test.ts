import { describe, expect, it } from 'vitest';
import { describeStatement, meets, statementsOf } from './test-support.js';

describe('French statements', () => {
  it('leaves a cue alone after a quote unread, French keeping its subject pronouns', () => {
    const got = statementsOf('Le maire Paul Girard a parlé hier. « Tout va bien », a assuré.', 'fr');
    expect(got.some((s) => s.rule.includes('pro-drop'))).toBe(false);
  });
});

describe('French inverted cues and elided articles', () => {
  it('finds the speaker after an inverted cue past a weekday and the hearer', () => {
    const got = statementsOf(
      "« Nous n'avons rien vu venir », a déclaré mardi à l'AFP Fabien Lemaire, secrétaire fédéral.",
      'fr',
    );
    expect(
      got.some((s) => meets(s, { speaker: 'Fabien Lemaire', cue: 'a déclaré', direct: true })),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });

  it('never takes the elided article of a body for its name', () => {
    const got = statementsOf("L'Agence régionale de santé a confirmé que deux lits ont été rouverts.", 'fr');
    expect(got.map((s) => s.speaker.name)).toEqual(['Agence régionale de santé']);
  });
});

describe('French bodies named by their kind at the head of a sentence', () => {
  it('reads "La Chambre … a recensé …" as the chamber recording a count, not a person', () => {
    const got = statementsOf(
      "La Chambre d'agriculture a recensé 85 exploitations inondées dans le département.",
      'fr',
    );
    expect(
      got.some((s) => meets(s, { speaker: 'Chambre', content: '85 exploitations inondées' })),
      got.map(describeStatement).join('\n'),
    ).toBe(true);
  });
});
