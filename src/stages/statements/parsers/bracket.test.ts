import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../pipeline/extract.js';

const read = (text: string, lang = 'de') =>
  runPipeline(text, { published: '2024-10-25', lang }).statements.map((s) => ({
    speaker: s.speaker.name,
    cue: s.cue,
    content: s.content,
    rule: s.rule,
  }));

describe('a cue split by the clause bracket', () => {
  it('reads a perfect-tense cue whose middle field holds a reflexive and an adverb', () => {
    const [s] = read(
      'Die Trainerin Clara Vogt hat sich zuversichtlich geäußert, dass das Team aufsteigen könne.',
    );
    expect(s).toMatchObject({ speaker: 'Clara Vogt', cue: 'geäußert' });
    expect(s!.content).toContain('das Team aufsteigen könne');
    expect(s!.rule).toContain('indirect.bracket');
  });

  it('reads a cue with an umlaut whose particle stands after its speaker', () => {
    const [s] = read('Am Abend kündigte der Landrat Peter Ohm an, dass die Brücke gesperrt werde.');
    expect(s).toMatchObject({ speaker: 'Peter Ohm' });
    expect(s!.content).toContain('die Brücke gesperrt werde');
  });

  it('reads a participle whose particle is written apart from it after a prepositional phrase', () => {
    const [s] = read(
      'Der Verein hat in einer Stellungnahme bekannt gegeben, dass das Stadion im Mai öffnet.',
    );
    expect(s).toMatchObject({ speaker: 'Verein', cue: 'bekannt gegeben' });
    expect(s!.content).toContain('das Stadion im Mai öffnet');
  });

  it('reads nothing where the participle after the middle field is no cue', () => {
    expect(read('Der Bürgermeister Jan Roth hat am Montag lange gewartet, bis der Zug kam.')).toEqual([]);
  });

  it('leaves a language without clause-bracket auxiliaries unchanged', () => {
    const [s] = read('The mayor Jan Roth has on Monday announced, that the bridge will close.', 'en');
    expect(s?.rule ?? '').not.toContain('indirect.bracket');
  });
});
