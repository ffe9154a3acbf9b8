import { CorroborateError } from '../../domain/errors.js';
import type { LedgerStore } from '../port.js';
import type { ArticleBundle, ListFilter, Page } from '../types.js';
import * as articles from './articles.repo.js';
import * as claims from './claims.repo.js';
import { whenFree } from './busy.js';
import { openDatabase, sql, type DB, type OpenOptions } from './db.js';
import * as entities from './entities.repo.js';
import { encodeExtraction } from './extraction-blob.js';
import { linkBundle } from './link-bundle.js';
import { committed, forget, stamp } from './read-cache.js';

/** The embedded default: one SQLite file (WAL), written one article per transaction. */
export class SqliteStore implements LedgerStore {
  readonly kind = 'sqlite';
  readonly db: DB;

  constructor(file: string, opts: OpenOptions = {}) {
    this.db = openDatabase(file, opts);
  }

  private async tx<T>(what: string, fn: () => T): Promise<T> {
    try {
      // inside batch() this is a savepoint of the transaction that already holds the lock
      return await whenFree(() => this.db.transaction(fn).immediate());
    } catch (cause) {
      forget(this.db);
      if (cause instanceof CorroborateError) throw cause;
      throw new CorroborateError('store_failed', `${what} failed: ${(cause as Error).message}`, { cause });
    }
  }

  async batch<T>(fn: () => Promise<T>): Promise<T> {
    if (this.db.inTransaction) return fn();
    try {
      await whenFree(() => this.db.exec('BEGIN IMMEDIATE'));
    } catch (cause) {
      throw new CorroborateError('store_failed', `the ledger stayed busy: ${(cause as Error).message}`, {
        cause,
      });
    }
    try {
      const out = await fn();
      this.db.exec('COMMIT');
      return out;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      forget(this.db);
      throw e;
    }
  }

  async close() {
    if (this.db.open) this.db.close();
  }

  async findArticle(by: { contentHash?: string; url?: string }) {
    return articles.findArticle(this.db, by);
  }

  async copyCandidates(bandKeys: number[]) {
    return articles.copyCandidates(this.db, bandKeys);
  }

  async claimCandidateIds(concepts: string[], limit: number) {
    return claims.claimCandidateIds(this.db, concepts, limit);
  }

  async claimCandidates(concepts: string[], limit: number) {
    return claims.claimCandidates(this.db, concepts, limit);
  }

  async claimProfiles(ids: number[]) {
    return claims.claimProfiles(this.db, ids);
  }

  async commitArticle(bundle: ArticleBundle) {
    const out = await this.tx('storing the article', () => {
      const before = stamp(this.db);
      const articleId = articles.insertArticle(this.db, bundle, bundle.bandKeys);
      const statementIds = articles.insertExtraction(this.db, articleId, bundle);
      const claimIds = linkBundle(this.db, bundle, articleId, statementIds);
      return { articleId, statementIds, claimIds, before, after: stamp(this.db) };
    });
    committed(this.db, out.before, out.after, out.claimIds, bundle.concepts.flat());
    const { before: _before, after: _after, ...ids } = out;
    return ids;
  }

  async replaceExtraction(articleId: number, bundle: ArticleBundle) {
    return this.tx('replacing the extraction', () => {
      const old = this.db
        .prepare(
          'SELECT DISTINCT cs.claim_id FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id WHERE s.article_id = ?',
        )
        .all(articleId) as Array<{ claim_id: number }>;
      this.db.prepare('DELETE FROM statements WHERE article_id = ?').run(articleId);
      this.db.prepare('DELETE FROM mentions WHERE article_id = ?').run(articleId);
      this.db.prepare('UPDATE articles SET pipeline = ?, language = ?, extraction = ? WHERE id = ?').run(
        bundle.article.pipeline,
        bundle.article.language,
        encodeExtraction(
          bundle.extraction,
          bundle.statements.map((s) => s.data),
        ),
        articleId,
      );
      const statementIds = articles.insertExtraction(this.db, articleId, bundle);
      this.db.prepare('UPDATE articles SET statements = ? WHERE id = ?').run(statementIds.length, articleId);
      const touched = linkBundle(this.db, bundle, articleId, statementIds);
      // after linking: the new reading may join a claim its old one alone held, which an earlier
      // recount would have deleted (and the link would then break its foreign key)
      for (const o of old) claims.recomputeClaim(this.db, o.claim_id);
      return { statementIds, claimIds: touched };
    });
  }

  async getArticle(id: number) {
    return articles.getArticle(this.db, id);
  }

  async listArticles(filter: ListFilter, page: Page) {
    return articles.listArticles(this.db, filter, page);
  }

  async staleArticles(pipeline: string, limit: number) {
    return articles.staleArticles(this.db, pipeline, limit);
  }

  async articleStatements(articleId: number) {
    return articles.articleStatements(this.db, articleId);
  }

  async getClaim(id: number) {
    return claims.getClaim(this.db, id);
  }

  async listClaims(filter: ListFilter, page: Page) {
    return claims.listClaims(this.db, filter, page);
  }

  async claimStatements(claimId: number, limit?: number) {
    return claims.claimStatements(this.db, claimId, limit);
  }

  async getEntity(idOrName: string) {
    return entities.getEntity(this.db, idOrName);
  }

  async entityStatements(entityId: string, limit: number) {
    return claims.entityStatements(this.db, entityId, limit);
  }

  async entityClaims(entityId: string, limit: number) {
    return claims.entityClaims(this.db, entityId, limit);
  }

  async search(q: string, limit: number) {
    return entities.search(this.db, q, limit);
  }

  async counts() {
    return entities.counts(this.db);
  }

  async changeStamp() {
    // data_version moves when another connection commits, total_changes when this one writes
    const r = sql(
      this.db,
      'SELECT data_version AS d, total_changes() AS t FROM pragma_data_version',
    ).get() as {
      d: number;
      t: number;
    };
    return `${r.d}:${r.t}`;
  }
}
