import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorProblems, checkFixture, Expected, listFixtures } from '../src/eval/fixtures.js';

const root = path.resolve(import.meta.dirname, '..', 'fixtures');
// read without the schema here, so that one broken expect.json fails its own test only
const all = listFixtures(root).map((f) => ({
  ...f,
  raw: JSON.parse(fs.readFileSync(path.join(f.dir, 'expect.json'), 'utf8')) as Record<string, unknown>,
}));
// news fixtures carry a split: they are measured by `npm run eval`, not asserted case by case
const constructions = all.filter((f) => f.raw.split === undefined);
const news = all.filter((f) => f.raw.split !== undefined);

describe('golden fixtures: every construction in every language', () => {
  it('has the same cases in Indonesian and English', () => {
    const names = (lang: string) => constructions.filter((f) => f.lang === lang).map((f) => f.name);
    expect(names('id').length).toBeGreaterThan(20);
    expect(names('en')).toEqual(names('id'));
  });
  for (const fx of constructions) {
    it(`${fx.lang}/${fx.name} reads as annotated`, () => {
      expect(checkFixture(fx).problems).toEqual([]);
    });
  }
});

describe('news fixtures: annotations that can be measured', () => {
  it('names every folder news-<story>-<nn> and gives it a split', () => {
    for (const fx of all.filter((f) => f.name.startsWith('news-')))
      expect(fx.raw.split, `${fx.lang}/${fx.name} has no split`).toBeDefined();
  });

  for (const fx of news) {
    it(`${fx.lang}/${fx.name} has a story, topic and source and anchors that occur exactly once`, () => {
      const e = Expected.parse(fx.raw);
      expect(e.story && fx.name.startsWith(`news-${e.story}-`), `story "${e.story}"`).toBe(true);
      expect(e.topic).toBeTruthy();
      expect(e.source).toBeTruthy();
      expect(anchorProblems(fx.dir)).toEqual([]);
    });
  }

  it('puts every article of a story in the same split, in every language', () => {
    const splitOf = new Map<string, Set<string>>();
    for (const fx of news) {
      const story = String(fx.raw.story);
      const s = splitOf.get(story) ?? new Set();
      s.add(String(fx.raw.split));
      splitOf.set(story, s);
    }
    const mixed = [...splitOf].filter(([, s]) => s.size > 1).map(([story]) => story);
    expect(mixed).toEqual([]);
  });
});
