import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline/extract.js';
import { languageChain, loadLexicon, supportedLanguages } from './load.js';

describe('lexicons', () => {
  it('are found for Indonesian, English and Malay', () => {
    expect(supportedLanguages()).toEqual(expect.arrayContaining(['en', 'id', 'ms']));
  });

  it('let Malay build on Indonesian: lists joined, values replaced', () => {
    expect(languageChain('ms')).toEqual(['ms', 'id']);
    const ms = loadLexicon('ms');
    const forms = ms.data.reporting.verbs.flatMap((v) => v.forms);
    // Indonesian's forms, and Malay's own
    expect(forms).toEqual(expect.arrayContaining(['mengatakan', 'menafikan']));
    expect(ms.data.meta.decimalSeparator).toBe('.');
    expect(loadLexicon('id').data.meta.decimalSeparator).toBe(',');
    expect(ms.data.dates.months).toMatchObject({ maret: 3, mac: 3, disember: 12 });
  });

  it('read a Malay article with Malay numbers, months and cues', () => {
    const doc = runPipeline(
      'Kementerian Pertanian berkata harga beras naik 3.5 peratus pada 12 Mac 2024. Syarikat itu menafikan dakwaan bahawa 1,200 tan beras telah rosak.',
      { published: '2024-03-20' },
    );
    expect(doc.language.code).toBe('ms');
    expect(doc.figures.map((f) => [f.value, f.unit])).toEqual(
      expect.arrayContaining([
        [3.5, 'percent'],
        [1200, expect.anything()],
      ]),
    );
    expect(doc.dates.map((d) => d.value)).toContain('2024-03-12');
    expect(doc.statements.map((s) => s.stance)).toEqual(['assert', 'deny']);
  });

  it('name the file when a language laid over another is invalid', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-lex-'));
    try {
      for (const [lang, meta] of [
        ['aa', { code: 'aa', name: 'Base', decimalSeparator: ',', thousandsSeparator: '.' }],
        ['bb', { code: 'bb', name: 'Over', extends: 'aa' }],
      ] as const) {
        fs.mkdirSync(path.join(root, lang));
        fs.writeFileSync(path.join(root, lang, 'meta.json'), JSON.stringify(meta));
      }
      fs.writeFileSync(path.join(root, 'bb', 'stance.json'), JSON.stringify({ deny: 'not a list' }));
      expect(() => loadLexicon('bb', root)).toThrow(/bb[/\\]stance\.json/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
