/**
 * The read side of the HTTP API, declared once. The OpenAPI document (`openapi.ts`) is generated
 * from these schemas, the web app imports their inferred types (`import type`: no zod in the
 * bundle), and the API tests parse every answer with them, so the three cannot drift apart.
 */
import { z } from 'zod';
import { Correction, Stance, Verdict } from '../../domain/correction.js';
import { DateSchema, EntitySchema, FigureSchema, StatementSchema } from '../../domain/extract-result.js';
import { StatementCorrected } from './corrections.js';

export const SpanT = z.object({ start: z.number().int(), end: z.number().int() });
export const SPEAKER_KINDS = ['person', 'organization', 'government', 'unnamed'] as const;
export const CITED_KINDS = ['outlet', 'platform', 'document'] as const;

/** A value of a claim's figure timeline, with who gave it, when and where. */
export const FigurePoint = z.object({
  value: z.number(),
  max: z.number().optional(),
  qualifier: z.string(),
  unit: z.string().nullable(),
  planned: z.boolean().describe('the figure is announced or planned, not yet done'),
  speaker: z.string(),
  date: z.string().nullable(),
  articleId: z.number().int(),
  statementId: z.number().int(),
});

export const StanceCounts = z.object({
  assert: z.number().int(),
  deny: z.number().int(),
  hedge: z.number().int(),
  conditional: z.number().int(),
  question: z.number().int(),
});

export const ClaimSummary = z.object({
  id: z.number().int(),
  label: z
    .string()
    .describe(
      "a sentence: the trimmed content of the statement that reads best as the claim, in the claim's majority language",
    ),
  key: z.string().describe('the concept key the claim was founded on'),
  labelStatementId: z.number().int().nullable().describe('the statement the label was taken from'),
  statements: z.number().int(),
  articles: z.number().int(),
  languages: z.array(z.string()),
  stances: StanceCounts,
  independentSources: z.number().int(),
  speakers: z.number().int(),
  affiliations: z.array(z.object({ id: z.string(), name: z.string(), statements: z.number().int() })),
  figures: z.array(FigurePoint),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
});

export const ClaimList = z.object({
  schemaVersion: z.number().int(),
  total: z.number().int(),
  claims: z.array(ClaimSummary),
});

export const ClaimSpeaker = z.object({
  name: z.string(),
  kind: z.enum(SPEAKER_KINDS),
  role: z.string().nullable(),
  entityId: z.string().nullable(),
  affiliation: z.string().nullable(),
  implied: z.boolean(),
});

/** A statement as a claim (or an entity) lists it: with its article and why it was linked. */
export const ClaimStatement = z.object({
  id: z.number().int(),
  articleId: z.number().int(),
  articleTitle: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string(),
  speaker: ClaimSpeaker,
  cue: z.string().nullable(),
  direct: z.boolean(),
  stance: Stance.describe('the stance towards the claim (a negated assertion of it is a denial)'),
  certainty: z.string(),
  content: z.string(),
  span: SpanT,
  saidOn: z.string().nullable(),
  citedSource: z.object({ name: z.string(), kind: z.enum(CITED_KINDS) }).nullable(),
  link: z.object({ reason: z.string(), matched: z.array(z.string()), score: z.number() }),
  copyGroup: z.number().int(),
});

export const GRAPH_NODE_KINDS = ['speaker', 'affiliation', 'outlet', 'article'] as const;
export const GRAPH_EDGE_KINDS = ['said', 'member', 'relayed', 'published', 'copy'] as const;
export const SourceGraph = z.object({
  nodes: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(GRAPH_NODE_KINDS),
      label: z.string(),
      copies: z.number().int().optional(),
    }),
  ),
  edges: z.array(z.object({ from: z.string(), to: z.string(), kind: z.enum(GRAPH_EDGE_KINDS) })),
});

export const Place = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['country', 'place']),
  coordinates: z.tuple([z.number(), z.number()]).nullable(),
});

/** GET /api/claims/:id. `statements` is the list (its first MAX_STATEMENTS); `statementsTotal` counts all. */
export const ClaimDetail = ClaimSummary.omit({ statements: true }).extend({
  subject: z.string(),
  predicate: z.string(),
  object: z.string(),
  places: z.array(Place),
  statements: z.array(ClaimStatement.extend(StatementCorrected.shape)),
  statementsTotal: z.number().int(),
  sources: SourceGraph,
  verdict: Verdict.nullable(),
  corrected: z.boolean(),
  history: z.array(Correction),
});
export const ClaimResponse = z.object({ claim: ClaimDetail });

export const ArticleSummary = z.object({
  id: z.number().int(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  language: z.string(),
  published: z.string().nullable(),
  statements: z.number().int(),
  duplicateOf: z.number().int().nullable(),
});
export const ArticleList = z.object({
  schemaVersion: z.number().int(),
  total: z.number().int(),
  articles: z.array(ArticleSummary),
});

/** An article's statements: the `extract --json` statement with its ledger id and claims. */
export const ArticleStatement = StatementSchema.extend({
  id: z.number().int(),
  claimIds: z.array(z.number().int()),
}).extend(StatementCorrected.shape);

export const ArticleDetail = ArticleSummary.omit({ statements: true }).extend({
  text: z.string(),
  statements: z.array(ArticleStatement),
  entities: z.array(EntitySchema),
  figures: z.array(FigureSchema),
  dates: z.array(DateSchema),
});
export const ArticleResponse = z.object({ article: ArticleDetail });

export const EntityRecord = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  country: z.string().nullable(),
  coordinates: z.tuple([z.number(), z.number()]).nullable(),
  aliases: z.array(z.string()),
});
export const EntityResponse = z.object({
  entity: EntityRecord,
  statements: z.array(ClaimStatement),
  claims: z.array(ClaimSummary),
});

export const SearchResponse = z.object({
  articles: z.array(z.object({ id: z.number().int(), title: z.string().nullable(), snippet: z.string() })),
  statements: z.array(
    z.object({ id: z.number().int(), articleId: z.number().int(), speaker: z.string(), snippet: z.string() }),
  ),
  claims: z.array(ClaimSummary),
});

export const HealthResponse = z.object({
  ok: z.boolean(),
  version: z.string(),
  articles: z.number().int(),
  statements: z.number().int(),
  claims: z.number().int(),
  entities: z.number().int(),
  languages: z.array(z.string()),
});

/** POST /api/articles: 201 when added, 200 when the ledger already had it. */
export const AddArticleResponse = z.object({
  article: ArticleSummary.omit({ duplicateOf: true }),
  created: z.boolean(),
  claims: z.array(z.number().int()),
  warnings: z.array(z.string()),
});

/** Every read answer by name: the OpenAPI components and the contract test iterate over it. */
export const READ_SCHEMAS = {
  FigurePoint,
  ClaimSummary,
  ClaimList,
  ClaimStatement,
  ClaimResponse,
  ArticleList,
  ArticleResponse,
  EntityResponse,
  SearchResponse,
  HealthResponse,
  AddArticleResponse,
} as const;

export type FigurePointT = z.infer<typeof FigurePoint>;
export type ClaimSummaryT = z.infer<typeof ClaimSummary>;
export type ClaimListT = z.infer<typeof ClaimList>;
export type ClaimStatementT = z.infer<typeof ClaimStatement>;
export type ClaimDetailT = z.infer<typeof ClaimDetail>;
export type SourceGraphT = z.infer<typeof SourceGraph>;
export type PlaceT = z.infer<typeof Place>;
export type ArticleSummaryT = z.infer<typeof ArticleSummary>;
export type ArticleStatementT = z.infer<typeof ArticleStatement>;
export type ArticleDetailT = z.infer<typeof ArticleDetail>;
export type EntityResponseT = z.infer<typeof EntityResponse>;
export type SearchResponseT = z.infer<typeof SearchResponse>;
export type HealthResponseT = z.infer<typeof HealthResponse>;
export type AddArticleResponseT = z.infer<typeof AddArticleResponse>;
