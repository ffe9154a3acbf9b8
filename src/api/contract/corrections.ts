/**
 * @module The one contract of the corrections API: zod schemas for every request and response
 * of the endpoints under /api/statements/:id, /api/claims/:id/…, /api/corrections. The routes
 * validate with them, the OpenAPI document is generated from them (`correctionPaths`), and the
 * web app imports their inferred types (`import type`), so the three cannot drift apart.
 */
import { z } from 'zod';
import { Correction, Stance, Verdict, VerdictStatus } from '../../domain/correction.js';

const reason = z.string().max(2000).optional();
/** who makes the change; the API falls back to "api" (one token, no accounts yet) */
const by = z.string().min(1).max(100).optional();

export const PatchStatement = z
  .object({
    stance: Stance.optional(),
    speaker: z.string().min(1).max(300).optional(),
    speakerEntity: z.string().min(1).max(300).optional(),
    notStatement: z.boolean().optional(),
    reason,
    by,
  })
  .strict();

export const MoveStatement = z
  .object({
    claimId: z.number().int().min(1).optional(),
    new: z.literal(true).optional(),
    label: z.string().min(1).max(300).optional(),
    reason,
    by,
  })
  .strict()
  .refine((b) => (b.claimId === undefined) !== (b.new === undefined), {
    message: 'give claimId or new: true',
  });

export const PatchClaim = z.object({ label: z.string().min(1).max(300), reason, by }).strict();
export const MergeClaim = z.object({ other: z.number().int().min(1), reason, by }).strict();
export const PostVerdict = z
  .object({
    rating: z.string().min(1).max(80),
    note: z.string().max(2000).optional(),
    status: VerdictStatus.optional(),
    reason,
    by,
  })
  .strict();
export const UndoCorrection = z.object({ reason, by }).strict();
export const SourcesBody = z
  .object({
    root: z.string().min(1).max(300),
    other: z.string().min(1).max(300),
    same: z.boolean(),
    reason,
    by,
  })
  .strict();

export const CorrectionsResponse = z.object({ corrections: z.array(Correction) });
export const CorrectionResponse = z.object({ correction: Correction });
export const VerdictResponse = z.object({ correction: Correction, verdict: Verdict });
export const HistoryResponse = z.object({
  claimId: z.number().int(),
  verdict: Verdict.nullable(),
  history: z.array(Correction),
});
export const RatingsResponse = z.object({ ratings: z.array(z.string()), statuses: z.array(VerdictStatus) });
/** what GET /api/claims/:id and /api/articles/:id add to each statement */
export const StatementCorrected = z.object({
  corrected: z.boolean(),
  corrections: z.array(z.number().int()),
});

/** GET /api/verdicts: the claims with a verdict, filtered by rating and status */
export const VerdictsQuery = z
  .object({ rating: z.string().min(1).max(80).optional(), status: VerdictStatus.optional() })
  .strict();
export const VerdictsResponse = z.object({
  total: z.number().int(),
  claims: z.array(
    z.object({ id: z.number().int(), label: z.string(), statements: z.number().int(), verdict: Verdict }),
  ),
});

export type PatchStatement = z.infer<typeof PatchStatement>;
export type VerdictsResponse = z.infer<typeof VerdictsResponse>;
export type MoveStatement = z.infer<typeof MoveStatement>;
export type PostVerdict = z.infer<typeof PostVerdict>;
export type CorrectionT = z.infer<typeof Correction>;
export type VerdictT = z.infer<typeof Verdict>;
export type HistoryResponse = z.infer<typeof HistoryResponse>;
export type RatingsResponse = z.infer<typeof RatingsResponse>;

/** The endpoints: method, path, request body (if any) and response, for the OpenAPI document. */
export const CORRECTION_ENDPOINTS: Array<{
  method: 'get' | 'post' | 'patch';
  path: string;
  summary: string;
  body?: z.ZodType;
  response: z.ZodType;
  status?: number;
}> = [
  {
    method: 'patch',
    path: '/api/statements/{id}',
    summary: "Correct a statement's stance, speaker, or whether it is one",
    body: PatchStatement,
    response: CorrectionsResponse,
  },
  {
    method: 'post',
    path: '/api/statements/{id}/move',
    summary: 'Move a statement to another claim or a new one',
    body: MoveStatement,
    response: CorrectionResponse,
  },
  {
    method: 'patch',
    path: '/api/claims/{id}',
    summary: "Rename a claim's label",
    body: PatchClaim,
    response: CorrectionResponse,
  },
  {
    method: 'post',
    path: '/api/claims/{id}/merge',
    summary: 'Merge another claim into this one',
    body: MergeClaim,
    response: CorrectionResponse,
  },
  {
    method: 'post',
    path: '/api/claims/{id}/verdict',
    summary: 'Give the claim a verdict',
    body: PostVerdict,
    response: VerdictResponse,
  },
  {
    method: 'get',
    path: '/api/claims/{id}/history',
    summary: "The claim's corrections and verdicts",
    response: HistoryResponse,
  },
  {
    method: 'post',
    path: '/api/corrections/{id}/undo',
    summary: 'Undo a correction (a new row; nothing is deleted)',
    body: UndoCorrection,
    response: CorrectionResponse,
  },
  {
    method: 'post',
    path: '/api/sources',
    summary: 'Mark two source roots as the same origin or independent',
    body: SourcesBody,
    response: CorrectionResponse,
  },
  {
    method: 'get',
    path: '/api/corrections/orphaned',
    summary: 'Corrections whose statement span vanished on a re-read',
    response: CorrectionsResponse,
  },
  {
    method: 'get',
    path: '/api/verdicts',
    summary: 'Claims with a verdict, by rating and status (query: rating, status)',
    response: VerdictsResponse,
  },
  {
    method: 'get',
    path: '/api/ratings',
    summary: 'The verdict scale and statuses',
    response: RatingsResponse,
  },
];

/** OpenAPI path items generated from the schemas above. */
export function correctionPaths(): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = {};
  const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
  for (const e of CORRECTION_ENDPOINTS) {
    const params = e.path.includes('{id}')
      ? [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }]
      : [];
    paths[e.path] = {
      ...paths[e.path],
      [e.method]: {
        summary: e.summary,
        ...(params.length ? { parameters: params } : {}),
        ...(e.method !== 'get' ? { security: [{ bearer: [] }] } : {}),
        ...(e.body
          ? { requestBody: { required: true, content: { 'application/json': { schema: schema(e.body) } } } }
          : {}),
        responses: {
          '200': { description: 'OK', content: { 'application/json': { schema: schema(e.response) } } },
          '400': {
            description: 'invalid request',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
          '404': {
            description: 'no such statement, claim or correction',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        },
      },
    };
  }
  return paths;
}

/** Adds the generated path items to an OpenAPI document, beside the methods a path already has. */
export function withCorrectionPaths<D extends { paths: Record<string, object> }>(doc: D): D {
  const paths: Record<string, object> = { ...doc.paths };
  for (const [p, item] of Object.entries(correctionPaths())) paths[p] = { ...paths[p], ...item };
  return { ...doc, paths };
}
