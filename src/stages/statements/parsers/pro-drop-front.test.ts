import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

describe('a sentence opening with its cue and a complementizer', () => {
  it('reports for the previous speaker where the language drops the subject', () => {
    const out = statementsOf(
      'Titolo\n\nIl sindaco Paolo Verdi ha detto che il ponte è sicuro. Poi ha aggiunto che le scuole riapriranno lunedì.',
      'it',
    );
    const s = out.find((x) => x.content.startsWith('le scuole'))!;
    expect(s.speaker.name).toBe('Paolo Verdi');
    expect(s.speaker.implied).toBe(true);
    expect(s.rule.split(' ')[0]).toBe('indirect.pro-drop-front');
  });
  it('needs a complementizer after the cue', () => {
    const out = statementsOf(
      'Titolo\n\nIl sindaco Paolo Verdi ha detto che il ponte è sicuro. Ha aggiunto una frase sul traffico.',
      'it',
    );
    expect(out.map((s) => s.rule.split(' ')[0])).not.toContain('indirect.pro-drop-front');
  });
  it('is not read where the language keeps its subjects', () => {
    const out = statementsOf(
      'Title\n\nThe mayor said the bridge is safe. Added that schools will reopen.',
      'en',
    );
    expect(out.map((s) => s.rule.split(' ')[0])).not.toContain('indirect.pro-drop-front');
  });
});
