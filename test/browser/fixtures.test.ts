import { describe, expect, it } from 'vitest';
import { loadFixtures } from './support/fixtures.js';

const { articles, claims, entities } = loadFixtures();
const statementIds = new Set(articles.flatMap((a) => a.statements.map((s) => s.id)));

describe('browser test fixtures', () => {
  it('point every span at the words it stands for', () => {
    for (const a of articles) {
      const at = (span: { start: number; end: number }) => a.text.slice(span.start, span.end);
      for (const s of a.statements) {
        expect(at(s.contentSpan), `statement ${s.id}`).toBe(s.content);
        expect(at(s.span), `statement ${s.id}`).toContain(s.content);
        if (s.cue && s.cueSpan) expect(at(s.cueSpan), `cue ${s.id}`).toBe(s.cue);
        if (s.citedSource) expect(at(s.citedSource.span), `source ${s.id}`).toBe(s.citedSource.name);
        for (const f of [...s.figures, ...s.dates]) expect(at(f.span)).toBe(f.text);
      }
      for (const f of [...a.figures, ...a.dates]) expect(at(f.span)).toBe(f.text);
      for (const m of a.entities.flatMap((e) => e.mentions)) expect(at(m)).toBe(m.text);
    }
  });

  it('link claims, figures and places only to things that exist', () => {
    for (const c of claims) {
      for (const id of c.statementIds)
        expect(statementIds.has(id), `claim ${c.id} statement ${id}`).toBe(true);
      for (const f of c.figures) expect(statementIds.has(f.statementId)).toBe(true);
      for (const p of c.places)
        expect(
          entities.some((e) => e.id === p),
          p,
        ).toBe(true);
    }
  });

  it('include an Indonesian and an English article and one with markup in its text', () => {
    expect(new Set(articles.map((a) => a.language))).toEqual(new Set(['id', 'en']));
    expect(articles.some((a) => a.text.includes('<script>alert(1)</script>'))).toBe(true);
  });
});
