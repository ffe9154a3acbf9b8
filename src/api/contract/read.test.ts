import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ledger } from '../../services/ledger.js';
import { textArticle } from '../../sources/file.js';
import { SqliteStore } from '../../store/sqlite/store.js';
import { createApp } from '../app.js';
import { openApiDocument } from '../openapi.js';
import {
  AddArticleResponse,
  ArticleList,
  ArticleResponse,
  ClaimList,
  ClaimResponse,
  EntityResponse,
  HealthResponse,
  READ_SCHEMAS,
  SearchResponse,
} from './read.js';

const samples = path.resolve(import.meta.dirname, '..', '..', '..', 'samples');
const manifest = JSON.parse(fs.readFileSync(path.join(samples, 'manifest.json'), 'utf8')) as Array<{
  file: string;
  url: string;
  title: string;
  outlet: string;
  language: string;
  published: string;
}>;
const TOKEN = 'contract-token';

/**
 * Parses an answer with its schema and compares: zod strips keys it does not declare, so an
 * answer that carries an undeclared field (or lacks a declared one) fails here.
 */
function exactly(schema: z.ZodType, body: unknown): void {
  const r = schema.safeParse(body);
  expect(r.error?.issues ?? []).toEqual([]);
  expect(r.data).toEqual(body);
}

describe('every read answer is exactly what the contract declares', () => {
  let store: SqliteStore;
  let app: ReturnType<typeof createApp>;
  const get = async (url: string): Promise<unknown> => {
    const r = await app.request(url);
    expect(r.status, url).toBe(200);
    return r.json();
  };

  beforeAll(async () => {
    store = new SqliteStore(':memory:');
    const ledger = new Ledger(store);
    // a dozen articles of the sample story in two languages: claims with figures, denials,
    // places, copies and cited outlets
    for (const m of manifest.slice(0, 12))
      await ledger.add({
        ...textArticle(fs.readFileSync(path.join(samples, 'articles', m.file), 'utf8'), m.file),
        ...m,
      });
    app = createApp({
      ledger,
      token: TOKEN,
      readsNeedToken: false,
      allowPrivate: false,
      webDist: null,
      version: 't',
    });
  }, 120_000);
  afterAll(async () => store.close());

  it('lists, claims, articles, entities, search and health', async () => {
    const list = ClaimList.parse(await get('/api/claims?limit=20'));
    exactly(ClaimList, list);
    expect(list.claims.some((c) => c.figures.length > 0)).toBe(true);
    for (const c of list.claims.slice(0, 8)) exactly(ClaimResponse, await get(`/api/claims/${c.id}`));

    const articles = ArticleList.parse(await get('/api/articles?limit=5'));
    exactly(ArticleList, articles);
    for (const a of articles.articles) exactly(ArticleResponse, await get(`/api/articles/${a.id}`));

    const claim = ClaimResponse.parse(await get(`/api/claims/${list.claims[0]!.id}`)).claim;
    const entityId = claim.statements.find((s) => s.speaker.entityId)?.speaker.entityId;
    expect(entityId).toBeTruthy();
    exactly(EntityResponse, await get(`/api/entities/${encodeURIComponent(entityId!)}`));

    exactly(SearchResponse, await get('/api/search?q=Korea'));
    exactly(HealthResponse, await get('/api/health'));
  });

  it('the answer to an added article', async () => {
    const r = await app.request('/api/articles', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Polisi mengatakan jalan utama ditutup sampai Selasa.', language: 'id' }),
    });
    expect(r.status).toBe(201);
    exactly(AddArticleResponse, await r.json());
  });

  it('the OpenAPI document carries every read schema as a component', () => {
    const doc = openApiDocument('t') as { components: { schemas: Record<string, unknown> } };
    for (const name of Object.keys(READ_SCHEMAS)) expect(doc.components.schemas[name], name).toBeDefined();
  });
});
