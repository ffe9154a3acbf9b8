/**
 * Shapes of the HTTP API's answers: the server's own zod contract (src/api/contract/read.ts),
 * imported as types only (no zod in the bundle), so the web app cannot drift from the server.
 */
import type {
  ClaimDetailT,
  ClaimStatementT,
  ClaimSummaryT,
  FigurePointT,
  PlaceT,
  SourceGraphT,
} from '../../../src/api/contract/read.js';

export type Stance = ClaimStatementT['stance'];
export const STANCES: readonly Stance[] = ['assert', 'deny', 'hedge', 'conditional', 'question'];

export type Span = ClaimStatementT['span'];
export type FigurePoint = FigurePointT;
export type ClaimSummary = ClaimSummaryT;
export type Speaker = ClaimStatementT['speaker'];
export type CitedSource = NonNullable<ClaimStatementT['citedSource']>;
export type ClaimStatement = ClaimStatementT;
export type SourceGraph = SourceGraphT;
export type GraphNodeKind = SourceGraphT['nodes'][number]['kind'];
export type GraphEdgeKind = SourceGraphT['edges'][number]['kind'];
export type Place = PlaceT;
/** `statements` is the list (its first 500); `statementsTotal` counts them all. */
export type ClaimDetail = ClaimDetailT;
