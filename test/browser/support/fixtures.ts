/**
 * The test fixtures: four articles we wrote (an Indonesian and an English report on North Korean
 * troops in Russia, a syndicated copy of the English one, and a story whose text contains
 * `<script>`), the claims their statements belong to, and the entities they name. Spans and rule
 * ids come from running the extractor on these texts, with speakers' affiliations filled in.
 */
import { readFileSync } from 'node:fs';

const read = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;

export interface Span {
  start: number;
  end: number;
}
export interface FixtureStatement {
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
  stance: 'assert' | 'deny' | 'hedge' | 'conditional' | 'question';
  certainty: string;
  content: string;
  span: Span;
  contentSpan: Span;
  citedSource: { name: string; kind: string; entityId: string | null; span: Span; rule: string } | null;
  figures: Array<{
    value: number;
    qualifier: string;
    unit: string | null;
    text: string;
    span: Span;
    rule: string;
  }>;
  dates: Array<{ value: string | null; text: string; span: Span; rule: string }>;
  rule: string;
  stanceRule: string;
}
export interface FixtureArticle {
  id: number;
  url: string | null;
  title: string | null;
  outlet: string | null;
  duplicateOf: number | null;
  copyGroup: number;
  language: string;
  published: string | null;
  text: string;
  statements: FixtureStatement[];
  entities: Array<{
    id: string;
    name: string;
    type: string;
    mentions: Array<Span & { text: string; rule: string }>;
  }>;
  figures: FixtureStatement['figures'];
  dates: FixtureStatement['dates'];
}
export interface FigurePoint {
  value: number;
  qualifier: string;
  unit: string | null;
  planned: boolean;
  speaker: string;
  date: string | null;
  articleId: number;
  statementId: number;
}
export interface FixtureClaim {
  id: number;
  label: string;
  subject: string;
  predicate: string;
  object: string;
  places: string[];
  figures: FigurePoint[];
  statementIds: number[];
}
export interface FixtureEntity {
  id: string;
  name: string;
  type: string;
  country: string | null;
  coordinates: [number, number] | null;
  aliases: string[];
}

export interface Fixtures {
  articles: FixtureArticle[];
  claims: FixtureClaim[];
  affiliations: Array<{ id: string; name: string }>;
  linkReasons: Record<string, Record<string, { reason: string; matched: string[] }>>;
  entities: FixtureEntity[];
}

/** A fresh, deep copy each time: a server that adds articles must not change another's data. */
export function loadFixtures(): Fixtures {
  const { claims, affiliations, linkReasons } =
    read<Pick<Fixtures, 'claims' | 'affiliations' | 'linkReasons'>>('claims.json');
  return {
    articles: read('articles.json'),
    claims,
    affiliations,
    linkReasons,
    entities: read('entities.json'),
  };
}
