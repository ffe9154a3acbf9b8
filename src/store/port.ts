import type {
  ArticleBundle,
  ArticleRecord,
  ClaimRecord,
  ClaimStatementRow,
  EntityRecord,
  ListFilter,
  Page,
  SearchHits,
  StatementRecord,
} from './types.js';

/**
 * The ledger's storage port. Every backend (SQLite now, PostgreSQL later) passes the contract
 * suite in `contract.ts`. All SQL lives behind it.
 */
export interface LedgerStore {
  readonly kind: string;
  close(): Promise<void>;

  findArticle(by: { contentHash?: string; url?: string }): Promise<ArticleRecord | null>;
  /** recent articles sharing at least two LSH band keys with the given ones (candidates for near-copies) */
  copyCandidates(bandKeys: number[]): Promise<Array<{ id: number; signature: string; copyGroup: number }>>;
  /** the ids of the claims that share at least one of `concepts`, most shared first */
  claimCandidateIds(concepts: string[], limit: number): Promise<number[]>;
  /** claims that share at least one of `concepts`, most shared first, with their profiles */
  claimCandidates(
    concepts: string[],
    limit: number,
  ): Promise<Array<{ id: number; label: string; profile: Record<string, number> }>>;

  /** the profiles of the given claims */
  claimProfiles(
    ids: number[],
  ): Promise<Array<{ id: number; label: string; profile: Record<string, number> }>>;

  /**
   * Runs `fn` as one unit of work: a bulk add commits many articles at once (faster), and a
   * crash loses only the unfinished unit, never half an article.
   */
  batch<T>(fn: () => Promise<T>): Promise<T>;

  /** writes an article and all it brings in one transaction; returns the new ids */
  commitArticle(
    bundle: ArticleBundle,
  ): Promise<{ articleId: number; statementIds: number[]; claimIds: number[] }>;
  /** replaces an article's extraction and links (reprocess), in one transaction */
  replaceExtraction(
    articleId: number,
    bundle: ArticleBundle,
  ): Promise<{ statementIds: number[]; claimIds: number[] }>;

  getArticle(
    id: number,
  ): Promise<(ArticleRecord & { text: string; extraction: ArticleBundle['extraction'] }) | null>;
  listArticles(filter: ListFilter, page: Page): Promise<{ total: number; articles: ArticleRecord[] }>;
  /** ids of articles whose extraction was made by another pipeline version */
  staleArticles(pipeline: string, limit: number): Promise<number[]>;
  articleStatements(articleId: number): Promise<Array<StatementRecord & { claimIds: number[] }>>;

  getClaim(id: number): Promise<ClaimRecord | null>;
  /**
   * Several claims at once, in the order asked, missing ones left out: for a back end where each
   * query is a round trip to a server (PostgreSQL), one batch instead of `getClaim` per id. A
   * back end without it is asked claim by claim (see `claimsById` in services/query.ts).
   */
  getClaims?(ids: number[]): Promise<ClaimRecord[]>;
  listClaims(filter: ListFilter, page: Page): Promise<{ total: number; claims: ClaimRecord[] }>;
  /** a claim's statements in date order, at most `limit` */
  claimStatements(claimId: number, limit?: number): Promise<ClaimStatementRow[]>;

  getEntity(idOrName: string): Promise<EntityRecord | null>;
  entityStatements(entityId: string, limit: number): Promise<ClaimStatementRow[]>;
  entityClaims(entityId: string, limit: number): Promise<number[]>;

  search(q: string, limit: number): Promise<SearchHits>;
  /** how much the ledger holds, and the languages of its articles (most articles first) */
  counts(): Promise<{
    articles: number;
    statements: number;
    claims: number;
    entities: number;
    languages: string[];
  }>;
  /** changes whenever anything is committed, by this connection or another: a cache key */
  changeStamp(): Promise<string>;
}
