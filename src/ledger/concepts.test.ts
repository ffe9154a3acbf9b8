import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../lexicon/load.js';
import { extractText } from '../services/extract.js';
import { statementConcepts } from './concepts.js';

/** The concept keys of every statement of a text the team wrote. */
function conceptsOf(text: string, lang: 'id' | 'en'): string[][] {
  const r = extractText(text, { lang });
  return r.statements.map((s) => [...statementConcepts(r, s, loadLexicon(lang)).keys()]);
}

describe('statement concepts', () => {
  it('reads where across an adjective between the locative and the place', () => {
    const [c] = conceptsOf(
      'Russia’s defence ministry said 2,000 soldiers had been sent to eastern Russia for training.',
      'en',
    );
    expect(c).toContain('at:country:RU');
  });

  it('keeps the claim in a cue that is itself the verb of the claim', () => {
    const [c] = conceptsOf('An environmental group blamed the floods on coal mining upstream.', 'en');
    expect(c).toEqual(expect.arrayContaining(['d:cause', 't:mining']));
  });

  it('makes a government denial about its own country', () => {
    const [c] = conceptsOf(
      'Kementerian Luar Negeri Korea Utara membantah telah mengirim pasukan ke Rusia.',
      'id',
    );
    expect(c).toEqual(expect.arrayContaining(['country:KP', 'country:RU', 't:troops']));
  });

  it('leaves the speaker’s own country out of what it asserts', () => {
    const [c] = conceptsOf(
      'Pejabat Amerika Serikat mengatakan 3.000 tentara Korea Utara sudah tiba di Rusia.',
      'id',
    );
    expect(c).toEqual(expect.arrayContaining(['country:KP', 'at:country:RU']));
    expect(c).not.toContain('country:US');
  });
});
