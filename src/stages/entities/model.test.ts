import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../lexicon/load.js';
import { tokenize } from '../../lexicon/tokenize.js';
import { entityModel } from './model.js';
import { possessiveLength } from './propose/possessive.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'lexicons');

describe('the entity model of a language defined only in a test folder', () => {
  const model = entityModel(loadLexicon('zz', root));

  it('takes its articles, possessive markers and naming from its own files', () => {
    expect([...model.determiners]).toEqual(['le']);
    const tokens = tokenize("Zorland's ministre");
    expect(possessiveLength(tokens, 1, model)).toBe(1);
    expect(model.canonicalNames).toBe(true);
  });

  it('reads its function words, sentence openers and outlet cues as data', () => {
    expect(model.openers.has('dit')).toBe(true);
    expect(model.openers.has('apres')).toBe(true);
    expect(model.outletCues.matchAt(tokenize('journal'), 0)).not.toBeNull();
  });
});
