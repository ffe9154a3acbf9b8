import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFixture, listFixtures } from '../src/eval/fixtures.js';

const root = path.resolve(import.meta.dirname, '..', 'fixtures');

describe('golden fixtures: every construction in every language', () => {
  // news-<story>-<nn> articles are a measured set (npm run eval), annotated as a reader would,
  // not constructions the extractor must already read exactly
  const all = listFixtures(root).filter((f) => !f.name.startsWith('news-'));
  it('has the same cases in Indonesian and English', () => {
    const names = (lang: string) => all.filter((f) => f.lang === lang).map((f) => f.name);
    expect(names('id').length).toBeGreaterThan(20);
    expect(names('en')).toEqual(names('id'));
  });
  for (const fx of all) {
    it(`${fx.lang}/${fx.name} reads as annotated`, () => {
      expect(checkFixture(fx).problems).toEqual([]);
    });
  }
});
