/**
 * What to highlight in an article: each statement, and inside it the speaker, the cue, the
 * content and the cited source; every figure and date. Each mark keeps the rule that found it.
 */
import type { ArticleDetail, ArticleStatement } from '../api/article-types.js';
import type { Span } from '../api/types.js';
import type { Mark } from './highlight.js';

export type HighlightKind = 'statement' | 'speaker' | 'cue' | 'content' | 'source' | 'figure' | 'date';
export const LEGEND_KINDS: readonly HighlightKind[] = [
  'speaker',
  'cue',
  'content',
  'source',
  'figure',
  'date',
];

export interface Highlight {
  kind: HighlightKind;
  rule: string;
  statement: ArticleStatement | null;
  text: string;
}

/** Marks sit outside marks of a higher rank when they cover the same characters. */
const RANK: Record<HighlightKind, number> = {
  statement: 0,
  content: 1,
  speaker: 2,
  cue: 2,
  source: 2,
  figure: 3,
  date: 3,
};

function marksOfStatement(st: ArticleStatement, text: string): Mark<Highlight>[] {
  const mark = (kind: HighlightKind, span: Span | null | undefined, rule: string): Mark<Highlight>[] =>
    span
      ? [
          {
            start: span.start,
            end: span.end,
            rank: RANK[kind],
            data: { kind, rule, statement: st, text: text.slice(span.start, span.end) },
          },
        ]
      : [];
  return [
    ...mark('statement', st.span, st.rule),
    ...mark('speaker', st.speaker.span, st.speaker.rule),
    ...mark('cue', st.cueSpan, st.rule),
    ...mark('content', st.contentSpan, st.rule),
    ...mark('source', st.citedSource?.span, st.citedSource?.rule ?? ''),
  ];
}

export function articleMarks(article: ArticleDetail): Mark<Highlight>[] {
  const marks = article.statements.flatMap((st) => marksOfStatement(st, article.text));
  // figures and dates appear both on the article and on their statements: one mark per span
  const seen = new Set<string>();
  const facts = [
    ...article.figures.map((f) => ['figure', f] as const),
    ...article.statements.flatMap((st) => st.figures.map((f) => ['figure', f] as const)),
    ...article.dates.map((d) => ['date', d] as const),
    ...article.statements.flatMap((st) => st.dates.map((d) => ['date', d] as const)),
  ];
  for (const [kind, fact] of facts) {
    const key = `${kind}:${fact.span.start}:${fact.span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    marks.push({
      start: fact.span.start,
      end: fact.span.end,
      rank: RANK[kind],
      data: { kind, rule: fact.rule, statement: null, text: fact.text },
    });
  }
  return marks;
}
