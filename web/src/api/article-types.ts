/** The article answer: the `extract --json` shapes, each fact with its span and rule. */
import type { Span, Stance } from './types.js';

export interface Ruled {
  span: Span;
  rule: string;
}

export interface ArticleFigure extends Ruled {
  value: number;
  max?: number;
  qualifier: string;
  unit: string | null;
  text: string;
}

export interface ArticleDate extends Ruled {
  value: string | null;
  granularity: string;
  stated: boolean;
  text: string;
}

export interface ArticleStatement {
  id: number;
  claimIds: number[];
  speaker: {
    name: string;
    kind: string;
    role: string | null;
    entityId: string | null;
    affiliation: string | null;
    span: Span | null;
    implied: boolean;
    rule: string;
  };
  cue: string | null;
  cueSpan: Span | null;
  direct: boolean;
  stance: Stance;
  certainty: string;
  content: string;
  span: Span;
  contentSpan: Span;
  citedSource: { name: string; kind: string; entityId: string | null; span: Span; rule: string } | null;
  figures: ArticleFigure[];
  dates: ArticleDate[];
  rule: string;
  stanceRule: string;
}

export interface ArticleEntity {
  id: string;
  name: string;
  type: string;
  country?: string;
  coordinates?: [number, number];
  mentions: Array<Span & { text: string; rule: string }>;
}

export interface ArticleDetail {
  id: number;
  url: string | null;
  title: string | null;
  outlet: string | null;
  language: string;
  published: string | null;
  text: string;
  statements: ArticleStatement[];
  entities: ArticleEntity[];
  figures: ArticleFigure[];
  dates: ArticleDate[];
}

export interface EntityDetail {
  id: string;
  name: string;
  type: string;
  country?: string | null;
  coordinates?: [number, number] | null;
  aliases: string[];
}

export interface SearchResult {
  articles: Array<{ id: number; title: string | null; snippet: string }>;
  // docs/API.md does not say whether `speaker` is a name or a Speaker; both are read.
  statements: Array<{ id: number; articleId: number; speaker: string | { name: string }; snippet: string }>;
  claims: import('./types.js').ClaimSummary[];
}

export interface AddArticleResult {
  article: { id: number; title?: string | null; [key: string]: unknown };
  created: boolean;
  claims: number[];
}
