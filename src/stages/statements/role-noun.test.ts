import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../lexicon/load.js';
import { runPipeline } from '../../pipeline/extract.js';
import { compileStatementLexicon } from './compile.js';
import { widen } from './discourse.js';
import { roleKeys } from './role-noun.js';
import { buildView } from './view.js';

const viewOf = (text: string, lang: string) =>
  buildView(runPipeline(text, { lang }), compileStatementLexicon(loadLexicon(lang)));

const keysOf = (text: string, lang: string) => {
  const v = viewOf(text, lang);
  return roleKeys(v, 0, v.toks.length - 1);
};

describe('role keys', () => {
  it('names a role by its canonical English name in every language', () => {
    expect(keysOf('Jubir Kemenlu mengatakan hal itu.', 'id')).toEqual(['spokesperson']);
    expect(keysOf('The spokesperson said so.', 'en')).toEqual(['spokesperson']);
  });

  it('keeps a deputy apart from the role deputised', () => {
    expect(keysOf('Deputy Health Minister Tom Reed said so.', 'en')).toEqual(['deputy health minister']);
  });

  it('widens a narrow role to the general one, but not a lower post', () => {
    const v = viewOf('x', 'en');
    expect(widen(v, ['defence minister'])).toEqual(['defence minister', 'minister']);
    expect(widen(v, ['deputy health minister'])).toEqual(['deputy health minister']);
    expect(widen(v, ['vice president'])).toEqual(['vice president']);
  });
});
