import { CorroborateError } from '../../domain/errors.js';
import type { LedgerStore } from '../port.js';
import type { ArticleBundle, ListFilter, Page } from '../types.js';
import * as articles from './articles.repo.js';
import * as claims from './claims.repo.js';
import { migrate, one, openPool, q, WRITE_LOCK, type PgDb } from './db.js';
import * as entities from './entities.repo.js';
import { TurnSignal } from './turn-signal.js';

export interface PgStoreOptions {
  /** connections in the pool (CORROBORATE_PG_POOL, default 10) */
  poolSize?: number;
}

/**
 * The ledger in PostgreSQL, shared by any number of processes on any number of machines:
 * `new PgStore('postgres://user@host/db')`. Reads go to any pooled connection and never wait for
 * a writer; every write runs in a transaction that first takes one advisory lock, so the claim
 * candidates a linker reads cannot change under it and two workers never found the same claim.
 */
export class PgStore implements LedgerStore {
  readonly kind = 'postgres';
  readonly db: PgDb;
  private readonly ready: Promise<void>;
  private signal: TurnSignal | null = null;

  constructor(
    readonly url: string,
    opts: PgStoreOptions = {},
  ) {
    this.db = openPool(url, opts.poolSize ?? (Number(process.env.CORROBORATE_PG_POOL) || 10));
    this.ready = migrate(this.db);
    this.ready.catch(() => undefined);
  }

  /** Resolves once the schema is in place; rejects with why the ledger cannot be used. */
  async open(): Promise<this> {
    await this.ready;
    return this;
  }

  /**
   * Runs `fn` in the write transaction, under the ledger's write lock: the caller's reads (is the
   * article known? which claims are candidates?) and its writes see one state no other writer
   * changes meanwhile. Nested calls join the transaction already open.
   */
  async batch<T>(fn: () => Promise<T>): Promise<T> {
    await this.ready;
    if (this.db.tx.getStore()) return fn();
    const client = await this.db.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const out = await this.db.tx.run(client, fn);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      if (e instanceof CorroborateError) throw e;
      throw new CorroborateError('store_failed', `writing the ledger failed: ${(e as Error).message}`, {
        cause: e,
      });
    } finally {
      client.release();
    }
  }

  /** One write: its own transaction, or a savepoint of the batch it runs in; bumps the change stamp. */
  private async write<T>(what: string, fn: () => Promise<T>): Promise<T> {
    return this.batch(async () => {
      await q(this.db, 'SAVEPOINT one_write');
      try {
        const out = await fn();
        await q(this.db, 'UPDATE ledger_stamp SET n = n + 1 WHERE id = 1');
        await q(this.db, 'RELEASE SAVEPOINT one_write');
        return out;
      } catch (cause) {
        await q(this.db, 'ROLLBACK TO SAVEPOINT one_write');
        if (cause instanceof CorroborateError) throw cause;
        throw new CorroborateError('store_failed', `${what} failed: ${(cause as Error).message}`, { cause });
      }
    });
  }

  /** This process's wake-up for the ingest turn (queue.ts), opened on first use, closed with the store. */
  turnSignal(): TurnSignal {
    return (this.signal ??= new TurnSignal(this.url));
  }

  async close() {
    await this.signal?.close();
    await this.ready.catch(() => undefined);
    await this.db.pool.end();
  }

  private async read<T>(fn: (db: PgDb) => Promise<T>): Promise<T> {
    await this.ready;
    return fn(this.db);
  }

  findArticle(by: { contentHash?: string; url?: string }) {
    return this.read((db) => articles.findArticle(db, by));
  }

  copyCandidates(bandKeys: number[]) {
    return this.read((db) => articles.copyCandidates(db, bandKeys));
  }

  claimCandidateIds(concepts: string[], limit: number) {
    return this.read((db) => claims.claimCandidateIds(db, concepts, limit));
  }

  claimCandidates(concepts: string[], limit: number) {
    return this.read((db) => claims.claimCandidates(db, concepts, limit));
  }

  claimProfiles(ids: number[]) {
    return this.read((db) => claims.claimProfiles(db, ids));
  }

  commitArticle(bundle: ArticleBundle) {
    return this.write('storing the article', async () => {
      const articleId = await articles.insertArticle(this.db, bundle);
      const statementIds = await articles.insertExtraction(this.db, articleId, bundle);
      const claimIds = await claims.linkBundle(this.db, bundle, articleId, statementIds);
      return { articleId, statementIds, claimIds };
    });
  }

  replaceExtraction(articleId: number, bundle: ArticleBundle) {
    return this.write('replacing the extraction', async () => {
      const old = await q<{ claim_id: number }>(
        this.db,
        'SELECT DISTINCT cs.claim_id FROM claim_statements cs JOIN statements s ON s.id = cs.statement_id WHERE s.article_id = ?',
        [articleId],
      );
      await q(this.db, 'DELETE FROM statements WHERE article_id = ?', [articleId]);
      await q(this.db, 'DELETE FROM mentions WHERE article_id = ?', [articleId]);
      await q(this.db, 'UPDATE articles SET pipeline = ?, language = ?, extraction = ? WHERE id = ?', [
        bundle.article.pipeline,
        bundle.article.language,
        JSON.stringify(bundle.extraction),
        articleId,
      ]);
      const statementIds = await articles.insertExtraction(this.db, articleId, bundle);
      const touched = await claims.linkBundle(this.db, bundle, articleId, statementIds);
      // after linking, as in SQLite: the new reading may join a claim only its old one held
      for (const o of old.rows) await claims.recomputeClaim(this.db, o.claim_id);
      return { statementIds, claimIds: touched };
    });
  }

  getArticle(id: number) {
    return this.read((db) => articles.getArticle(db, id));
  }

  listArticles(filter: ListFilter, page: Page) {
    return this.read((db) => articles.listArticles(db, filter, page));
  }

  staleArticles(pipeline: string, limit: number) {
    return this.read((db) => articles.staleArticles(db, pipeline, limit));
  }

  articleStatements(articleId: number) {
    return this.read((db) => articles.articleStatements(db, articleId));
  }

  getClaim(id: number) {
    return this.read((db) => claims.getClaim(db, id));
  }

  getClaims(ids: number[]) {
    return this.read((db) => claims.getClaims(db, ids));
  }

  listClaims(filter: ListFilter, page: Page) {
    return this.read((db) => claims.listClaims(db, filter, page));
  }

  claimStatements(claimId: number, limit?: number) {
    return this.read((db) => claims.claimStatements(db, claimId, limit));
  }

  getEntity(idOrName: string) {
    return this.read((db) => entities.getEntity(db, idOrName));
  }

  entityStatements(entityId: string, limit: number) {
    return this.read((db) => claims.entityStatements(db, entityId, limit));
  }

  entityClaims(entityId: string, limit: number) {
    return this.read((db) => claims.entityClaims(db, entityId, limit));
  }

  search(text: string, limit: number) {
    return this.read((db) => entities.search(db, text, limit));
  }

  counts() {
    return this.read((db) => entities.counts(db));
  }

  /** The counter every write bumps, read by each API process to know its cache went stale. */
  async changeStamp() {
    const r = await this.read((db) => one<{ n: number }>(db, 'SELECT n FROM ledger_stamp WHERE id = 1'));
    return `pg:${r?.n ?? 0}`;
  }
}
