/**
 * The test fixtures: four articles we wrote (an Indonesian and an English report on North Korean
 * troops in Russia, a syndicated copy of the English one, and a story whose text contains
 * `<script>`), the claims their statements belong to, and the entities they name. Spans and rule
 * ids come from running the extractor on these texts, with speakers' affiliations filled in.
 */
import { readFileSync } from 'node:fs';
import type { ArticleDetail, ArticleStatement } from '../../../web/src/api/article-types.js';
import type { FigurePoint } from '../../../web/src/api/types.js';

const read = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as T;

// the shapes the web app reads, so the mock answers exactly what the app expects
export type FixtureStatement = ArticleStatement;
export type FixtureArticle = Omit<ArticleDetail, 'statements'> & {
  duplicateOf: number | null;
  copyGroup: number;
  statements: FixtureStatement[];
};
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
