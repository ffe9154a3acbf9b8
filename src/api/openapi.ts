import { z } from 'zod';
import { withCorrectionPaths } from './contract/corrections.js';
import { ListQuery } from './params.js';
import { PostArticle } from './routes/write.js';
import { READ_SCHEMAS } from './contract/read.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const error = (description: string) => json(ref('Error'), description);

const listParameters = Object.entries(
  (z.toJSONSchema(ListQuery) as { properties: Record<string, object> }).properties,
).map(([name, schema]) => ({
  name,
  in: 'query',
  required: false,
  schema,
}));

/** A component per read answer, generated from the zod contract that the API tests parse with. */
const readComponents = Object.fromEntries(
  Object.entries(READ_SCHEMAS).map(([name, schema]) => [
    name,
    z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }),
  ]),
);

/** The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json. */
export function openApiDocument(version: string) {
  // the corrections endpoints are generated from the zod schemas their routes validate with
  return withCorrectionPaths({
    openapi: '3.1.0',
    info: {
      title: 'Corroborate',
      version,
      description:
        'A ledger of who claims what in the news: claims with their confirmations, denials, figures and independent sources.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
        ...readComponents,
        PostArticle: z.toJSONSchema(PostArticle),
      },
    },
    paths: {
      '/api/health': {
        get: { summary: 'Liveness and counts', responses: { 200: json(ref('HealthResponse')) } },
      },
      '/api/claims': {
        get: {
          summary: 'Claims, most attested first',
          parameters: listParameters,
          responses: {
            200: json(ref('ClaimList')),
            400: error('Bad filter'),
          },
        },
      },
      '/api/claims/{id}': {
        get: {
          summary: 'One claim with its statements, sources and places',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
          responses: {
            200: json(ref('ClaimResponse')),
            404: error('No such claim'),
          },
        },
      },
      '/api/articles': {
        get: {
          summary: 'Articles, newest first',
          parameters: listParameters,
          responses: { 200: json(ref('ArticleList')), 400: error('Bad filter') },
        },
        post: {
          summary: 'Add an article by URL or as text',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: ref('PostArticle') } } },
          responses: {
            200: json(ref('AddArticleResponse'), 'Already in the ledger'),
            201: json(ref('AddArticleResponse'), 'Added'),
            202: json({ type: 'object' }, 'Queued for the workers (PostgreSQL ledger)'),
            400: error('Bad request'),
            401: error('Missing or wrong token'),
            413: error('Body too large'),
            422: error('Unreadable article'),
            502: error('The URL could not be fetched'),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One article with its text and every extracted span',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
          responses: { 200: json(ref('ArticleResponse')), 404: error('No such article') },
        },
      },
      '/api/entities/{id}': {
        get: {
          summary: 'An entity by id or name, its statements and claims',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: json(ref('EntityResponse')), 404: error('No such entity') },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search over articles, statements and claims',
          parameters: [
            { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1 } },
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: { type: 'integer', minimum: 1, maximum: 100 },
            },
          ],
          responses: { 200: json(ref('SearchResponse')), 400: error('No query') },
        },
      },
      '/api/openapi.json': {
        get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } },
      },
    },
  });
}
