import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addLexiconRoot, isSupported, loadLexicon, overlay } from '../src/lexicon/load.js';
import { runPipeline } from '../src/pipeline/extract.js';
import { resetLexicalProfiles } from '../src/stages/language/lexical.js';

// A language the project does not ship, defined only by the JSON files in test/lexicons/nl:
// if any stage knew a language by name, this article would come out empty.
describe('a language added as data alone', () => {
  addLexiconRoot(path.resolve(import.meta.dirname, 'lexicons'));
  resetLexicalProfiles();

  const text = [
    'Ministerie meldt nieuwe gevallen',
    'Het ministerie van Volksgezondheid zei dinsdag dat er 120 nieuwe gevallen waren gevonden.',
    '"Er is geen reden voor paniek," zei minister Jan de Vries.',
    'Volgens de burgemeester zijn drie dagen geleden 40 mensen uit hun huizen gehaald.',
  ].join('\n\n');

  it('is found in a lexicon folder outside the package', () => {
    expect(isSupported('nl')).toBe(true);
    expect(loadLexicon('nl').data.dates.agoWords).toEqual(['geleden']);
  });

  it('is detected from its own function words and read end to end', () => {
    const doc = runPipeline(text, { published: '2026-03-12' });
    expect(doc.language.code).toBe('nl');
    expect(doc.statements.map((s) => s.speaker.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Jan de Vries/)]),
    );
    expect(doc.statements.length).toBeGreaterThanOrEqual(2);
    expect(doc.figures.map((f) => [f.value, f.unit])).toEqual(
      expect.arrayContaining([
        [120, 'cases'],
        [40, 'people'],
      ]),
    );
    expect(doc.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2026-03-09']));
  });
});

describe('lexicon overlays', () => {
  it('join lists by default, replace with "key!replace" and take out with "key!remove"', () => {
    const base = { words: ['a', 'b'], more: ['x'], kept: { p: 1, q: 2 } };
    expect(overlay(base, { words: ['c'] })).toEqual({
      words: ['a', 'b', 'c'],
      more: ['x'],
      kept: { p: 1, q: 2 },
    });
    expect(overlay(base, { 'words!replace': ['z'] })).toMatchObject({ words: ['z'] });
    expect(overlay(base, { 'words!remove': ['a'], words: ['d'] })).toMatchObject({ words: ['b', 'd'] });
    expect(overlay(base, { 'kept!remove': ['p'] })).toMatchObject({ kept: { q: 2 } });
  });

  it('resolve directives in a file read on its own, and refuse unknown ones', () => {
    expect(overlay(undefined, { 'words!replace': ['z'] })).toEqual({ words: ['z'] });
    expect(() => overlay({}, { 'words!merge': [] })).toThrow(/unknown lexicon directive/);
  });
});
