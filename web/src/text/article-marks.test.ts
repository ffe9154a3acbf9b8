import { describe, expect, it } from 'vitest';
import type { ArticleDetail, ArticleStatement } from '../api/article-types.js';
import { articleMarks } from './article-marks.js';

const text = 'Austin told CNN on Wednesday that 3,000 troops had arrived.';
const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
const figure = {
  value: 3000,
  qualifier: 'exact',
  unit: 'troops',
  text: '3,000 troops',
  span: at('3,000 troops'),
  rule: 'figure.number-unit',
};
const statement: ArticleStatement = {
  id: 5,
  claimIds: [1],
  speaker: {
    name: 'Lloyd Austin',
    kind: 'person',
    role: null,
    entityId: null,
    affiliation: null,
    span: at('Austin'),
    implied: false,
    rule: 'speaker.before-cue',
  },
  cue: 'told',
  cueSpan: at('told'),
  direct: false,
  stance: 'assert',
  certainty: 'high',
  negated: false,
  content: '3,000 troops had arrived',
  span: at(text),
  contentSpan: at('3,000 troops had arrived'),
  citedSource: { name: 'CNN', kind: 'outlet', entityId: null, span: at('CNN'), rule: 'cited.told-outlet' },
  figures: [figure],
  dates: [],
  rule: 'indirect.subject-cue',
  stanceRule: 'stance.default-assert',
  corrected: false,
  corrections: [],
};
const article: ArticleDetail = {
  id: 2,
  url: null,
  title: null,
  outlet: null,
  language: 'en',
  published: null,
  duplicateOf: null,
  text,
  statements: [statement],
  entities: [],
  figures: [figure],
  dates: [
    {
      value: '2024-10-23',
      granularity: 'day',
      stated: false,
      implied: [],
      text: 'Wednesday',
      span: at('Wednesday'),
      rule: 'date.weekday',
    },
  ],
};

describe('article highlights', () => {
  it('marks each part of a statement with the rule that read it', () => {
    const marks = articleMarks(article).map((m) => [m.data.kind, text.slice(m.start, m.end), m.data.rule]);
    expect(marks).toEqual([
      ['statement', text, 'indirect.subject-cue'],
      ['speaker', 'Austin', 'speaker.before-cue'],
      ['cue', 'told', 'indirect.subject-cue'],
      ['content', '3,000 troops had arrived', 'indirect.subject-cue'],
      ['source', 'CNN', 'cited.told-outlet'],
      ['figure', '3,000 troops', 'figure.number-unit'],
      ['date', 'Wednesday', 'date.weekday'],
    ]);
  });

  it('marks a figure listed on the article and on its statement once', () => {
    expect(articleMarks(article).filter((m) => m.data.kind === 'figure')).toHaveLength(1);
  });

  it('skips the parts a statement does not have', () => {
    const bare = {
      ...statement,
      cueSpan: null,
      citedSource: null,
      speaker: { ...statement.speaker, span: null },
    };
    const kinds = articleMarks({ ...article, statements: [bare], figures: [], dates: [] }).map(
      (m) => m.data.kind,
    );
    expect(kinds).toEqual(['statement', 'content', 'figure']);
  });
});
