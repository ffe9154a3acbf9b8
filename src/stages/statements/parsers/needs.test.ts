import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFixtures } from '../../../eval/fixtures.js';
import { loadLexicon } from '../../../lexicon/load.js';
import { runPipeline } from '../../../pipeline/extract.js';
import { compileStatementLexicon } from '../compile.js';
import { buildView } from '../view.js';
import { PARSERS } from './index.js';
import { runParsers } from './run.js';
import type { Parser } from './types.js';

const viewOf = (text: string, lang: string) =>
  buildView(runPipeline(text, { lang, until: 'dates' }), compileStatementLexicon(loadLexicon(lang)));

/** A token parser that reads nothing and counts the tokens it was asked about. */
const counter = (needs?: Parser['needs']) => {
  const seen = { calls: 0 };
  const p: Parser = {
    rule: `test.count-${needs?.join('-') ?? 'all'}`,
    scope: 'token',
    needs,
    parse: () => (seen.calls++, null),
  };
  return { p, seen };
};

describe('parsers that declare what a sentence needs', () => {
  it('are skipped in a sentence without a cue, and asked in one with a cue', () => {
    const gated = counter(['cue']);
    const always = counter();
    runParsers(viewOf('The new bridge opened in May after two years of work.', 'en'), [gated.p, always.p]);
    expect(gated.seen.calls).toBe(0);
    expect(always.seen.calls).toBeGreaterThan(5);
    runParsers(viewOf('The mayor said the new bridge opened in May.', 'en'), [gated.p]);
    expect(gated.seen.calls).toBeGreaterThan(0);
  });

  it('run where one word of a listed phrase set opens a phrase: "menurut" for according-to', () => {
    const gated = counter(['according']);
    runParsers(viewOf('Jembatan baru itu dibuka pada bulan Mei.', 'id'), [gated.p]);
    expect(gated.seen.calls).toBe(0);
    runParsers(viewOf('Menurut Budi, jembatan baru itu dibuka pada bulan Mei.', 'id'), [gated.p]);
    expect(gated.seen.calls).toBeGreaterThan(0);
  });

  it('propose the same drafts as with no needs declared, on every fixture article', () => {
    const open = PARSERS.map((p) => ({ ...p, needs: undefined }) as Parser);
    const fixtures = listFixtures(path.resolve(import.meta.dirname, '../../../../fixtures'));
    expect(fixtures.length).toBeGreaterThan(50);
    for (const f of fixtures) {
      const v = viewOf(fs.readFileSync(path.join(f.dir, 'input.txt'), 'utf8'), f.lang);
      expect(runParsers(v, PARSERS), `${f.lang}/${f.name}`).toEqual(runParsers(v, open));
    }
  });
});
