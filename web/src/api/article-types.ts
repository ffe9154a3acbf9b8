/**
 * The article, entity, search and add answers: the server's zod contract
 * (src/api/contract/read.ts), imported as types only. An article's facts are the
 * `extract --json` shapes, each with its span and rule.
 */
import type {
  AddArticleResponseT,
  ArticleDetailT,
  ArticleStatementT,
  EntityResponseT,
  SearchResponseT,
} from '../../../src/api/contract/read.js';

export type ArticleDetail = ArticleDetailT;
export type ArticleStatement = ArticleStatementT;
export type ArticleFigure = ArticleDetailT['figures'][number];
export type ArticleDate = ArticleDetailT['dates'][number];
export type ArticleEntity = ArticleDetailT['entities'][number];
export type EntityDetail = EntityResponseT['entity'];
export type SearchResult = SearchResponseT;
export type AddArticleResult = AddArticleResponseT;
