/**
 * The corrections endpoints, typed with the server's own zod contract (`import type` only: no
 * zod in the bundle, and the types cannot drift from what the server validates).
 */
import type {
  CorrectionT,
  HistoryResponse,
  MoveStatement,
  PatchStatement,
  PostVerdict,
  RatingsResponse,
  VerdictT,
  VerdictsResponse,
} from '../../../src/api/contract/corrections.js';
import { request } from './client.js';

export type { CorrectionT, VerdictT };

export const corrections = {
  ratings: () => request<RatingsResponse>('/ratings'),
  verdicts: (query: URLSearchParams, signal?: AbortSignal) =>
    request<VerdictsResponse>('/verdicts', { params: Object.fromEntries(query), signal }),
  history: (claimId: number) => request<HistoryResponse>(`/claims/${claimId}/history`),
  patchStatement: (id: number, body: PatchStatement) =>
    request<{ corrections: CorrectionT[] }>(`/statements/${id}`, { method: 'PATCH', body }),
  move: (id: number, body: MoveStatement) =>
    request<{ correction: CorrectionT }>(`/statements/${id}/move`, { method: 'POST', body }),
  verdict: (claimId: number, body: PostVerdict) =>
    request<{ correction: CorrectionT; verdict: VerdictT }>(`/claims/${claimId}/verdict`, {
      method: 'POST',
      body,
    }),
  undo: (id: number, by?: string) =>
    request<{ correction: CorrectionT }>(`/corrections/${id}/undo`, {
      method: 'POST',
      body: by ? { by } : {},
    }),
};
