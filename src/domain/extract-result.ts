import { z } from 'zod';

/** Version of the `extract --json` contract; bump on any change a consumer could notice. */
export const EXTRACT_SCHEMA_VERSION = 1;

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const FigureSchema = z.object({
  value: z.number(),
  max: z.number().optional(),
  qualifier: z.string(),
  qualifierText: z.string().optional(),
  unit: z.string().nullable(),
  unitText: z.string().optional(),
  text: z.string(),
  span: SpanSchema,
  rule: z.string(),
});

export const DateSchema = z.object({
  value: z.string().nullable(),
  granularity: z.string(),
  end: z.string().nullable().optional(),
  stated: z.boolean(),
  implied: z.array(z.string()),
  text: z.string(),
  span: SpanSchema,
  rule: z.string(),
});

export const StatementSchema = z.object({
  speaker: z.object({
    name: z.string(),
    kind: z.enum(['person', 'organization', 'government', 'unnamed']),
    role: z.string().nullable(),
    entityId: z.string().nullable(),
    affiliation: z.string().nullable(),
    span: SpanSchema.nullable(),
    implied: z.boolean(),
    rule: z.string(),
  }),
  cue: z.string().nullable(),
  cueSpan: SpanSchema.nullable(),
  direct: z.boolean(),
  stance: z.enum(['assert', 'deny', 'hedge', 'conditional', 'question']),
  certainty: z.enum(['high', 'medium', 'low']),
  negated: z.boolean(),
  content: z.string(),
  span: SpanSchema,
  contentSpan: SpanSchema,
  citedSource: z
    .object({
      name: z.string(),
      kind: z.enum(['outlet', 'platform', 'document']),
      entityId: z.string().nullable(),
      span: SpanSchema,
      rule: z.string(),
    })
    .nullable(),
  figures: z.array(FigureSchema),
  dates: z.array(DateSchema),
  rule: z.string(),
  stanceRule: z.string(),
});

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['person', 'organization', 'country', 'place']),
  country: z.string().optional(),
  coordinates: z.tuple([z.number(), z.number()]).optional(),
  mentions: z.array(z.object({ start: z.number(), end: z.number(), text: z.string(), rule: z.string() })),
});

/** What `corroborate extract --json` prints. */
export const ExtractResultSchema = z.object({
  schemaVersion: z.literal(EXTRACT_SCHEMA_VERSION),
  language: z.string(),
  languageDetection: z.object({ method: z.string(), confidence: z.number(), supported: z.boolean() }),
  published: z.string().nullable(),
  source: z
    .object({
      path: z.string().nullable(),
      url: z.string().nullable(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
    })
    .optional(),
  pipeline: z.string(),
  text: z.string(),
  statements: z.array(StatementSchema),
  entities: z.array(EntitySchema),
  figures: z.array(FigureSchema),
  dates: z.array(DateSchema),
  warnings: z.array(z.string()),
});
export type ExtractResult = z.infer<typeof ExtractResultSchema>;
