import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../lexicon/load.js';
import { extractText } from '../services/extract.js';
import { statementConcepts } from './concepts.js';
import { betterLabel, claimKey, labelScore, trimLabel } from './label.js';

describe('claim labels', () => {
  it('reads a statement as one clean sentence', () => {
    expect(trimLabel('  “we have   seen clear evidence,” ', null)).toBe('We have seen clear evidence');
    expect(trimLabel('bahwa harga beras naik lagi', loadLexicon('id'))).toBe('Harga beras naik lagi');
    expect(trimLabel('if the ferries sank, "that would be a disaster.', null)).toBe(
      'If the ferries sank, that would be a disaster',
    );
    expect(trimLabel('MANILA, Philippines (XN) — Ferries stayed in port on Friday', null)).toBe(
      'Ferries stayed in port on Friday',
    );
  });

  it('cuts a long statement at a word, with an ellipsis', () => {
    const long = `${'the port authority said the ferries would stay in port '.repeat(5)}until Monday`;
    const label = trimLabel(long, null);
    expect(label.length).toBeLessThanOrEqual(141);
    expect(label.endsWith('…')).toBe(true);
    expect(label).not.toMatch(/\s…$/);
  });

  it('prefers a named speaker’s assertion of medium length to a fragment or a denial', () => {
    const r = extractText(
      'The port authority said all ferries to the islands would stay in port until Sunday. ' +
        'A spokesman denied that ferries had been cancelled. “That,” he said.',
      { lang: 'en' },
    );
    const [assertion, denial] = r.statements;
    expect(assertion && denial).toBeTruthy();
    expect(labelScore(assertion!)).toBeGreaterThan(labelScore(denial!));
  });

  it('keeps the label in the language most of the claim’s statements are in', () => {
    const en = { score: 3, language: 'en' };
    const id = { score: 2, language: 'id' };
    expect(betterLabel(id, en, 'id')).toBe(true);
    expect(betterLabel(en, id, 'id')).toBe(false);
    expect(betterLabel({ score: 4, language: 'id' }, id, 'id')).toBe(true);
    expect(betterLabel({ score: 2, language: 'id' }, id, 'id')).toBe(false);
    expect(betterLabel(en, null, 'id')).toBe(true);
  });

  it('names places and companies in a claim key as the article does, never by a linking key', () => {
    const text =
      'Bupati Ani Wardani mengatakan banjir di Kabupaten Sungai Lestari disebabkan tambang milik PT Sinar Baja Makmur.';
    const r = extractText(text, { lang: 'id' });
    const st = r.statements[0]!;
    const key = claimKey(r, statementConcepts(r, st, loadLexicon('id')), st.content);
    expect(key).toContain('Sungai Lestari');
    expect(key).toContain('PT Sinar Baja Makmur');
    expect(key).not.toMatch(/~|lestari\b/);
  });
});
