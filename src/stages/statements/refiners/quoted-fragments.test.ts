import { describe, expect, it } from 'vitest';
import { statementsOf } from '../test-support.js';

const read = (text: string, lang = 'de') =>
  statementsOf(`Kopfzeile\n\n${text}`, lang).map((s) => [
    s.speaker.name,
    s.direct,
    s.content,
    s.rule.split(' ')[0],
  ]);

describe('a quoted fragment inside reported speech (grammar.quotedFragments)', () => {
  it('is a direct quotation of the same speaker beside the indirect statement', () => {
    expect(read('Die Gewerkschaft sagte, die Firma trage die „alleinige Schuld“ am Streik.')).toEqual([
      ['Gewerkschaft', false, 'die Firma trage die „alleinige Schuld“ am Streik', 'indirect.subject-cue'],
      ['Gewerkschaft', true, 'alleinige Schuld', 'quote.fragment'],
    ]);
  });
  it('reads a marked name or title as no quotation', () => {
    const out = read('Der Trainer sagte, er lese jeden Morgen die „Neue Sportzeitung“ beim Frühstück.');
    expect(out.map((s) => s[3])).not.toContain('quote.fragment');
  });
  it('adds nothing in a language whose grammar does not ask for it', () => {
    const out = read('The union said the firm bore "sole blame" for the strike.', 'en');
    expect(out.map((s) => s[3])).not.toContain('quote.fragment');
  });
});
