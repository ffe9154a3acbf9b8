/** The API's endpoints as typed functions (docs/API.md). */
import type { AddArticleResult, ArticleDetail, EntityDetail, SearchResult } from './article-types.js';
import { request, type Params } from './client.js';
import type { ClaimDetail, ClaimStatement, ClaimSummary } from './types.js';

const id = (value: string | number): string => encodeURIComponent(String(value));

export const api = {
  claims: (params: Params, signal?: AbortSignal) =>
    request<{ total: number; claims: ClaimSummary[] }>('/claims', { params, signal }),
  claim: (claimId: number, signal?: AbortSignal) =>
    request<{ claim: ClaimDetail }>(`/claims/${id(claimId)}`, { signal }),
  article: (articleId: number, signal?: AbortSignal) =>
    request<{ article: ArticleDetail }>(`/articles/${id(articleId)}`, { signal }),
  entity: (entityId: string, signal?: AbortSignal) =>
    request<{ entity: EntityDetail; statements: ClaimStatement[]; claims: ClaimSummary[] }>(
      `/entities/${id(entityId)}`,
      { signal },
    ),
  health: (signal?: AbortSignal) =>
    request<{ ok: boolean; articles: number; claims: number; languages?: string[] }>('/health', { signal }),
  search: (q: string, signal?: AbortSignal) => request<SearchResult>('/search', { params: { q }, signal }),
  addArticle: (body: AddArticleBody, token: string) =>
    request<AddArticleResult>('/articles', { method: 'POST', body, token }),
};

export type AddArticleBody =
  { url: string } | { text: string; title?: string; language?: string; published?: string; outlet?: string };
