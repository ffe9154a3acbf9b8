/** Shapes of the HTTP API's answers, as written in docs/API.md. */
export type Stance = 'assert' | 'deny' | 'hedge' | 'conditional' | 'question';
export const STANCES: readonly Stance[] = ['assert', 'deny', 'hedge', 'conditional', 'question'];

export interface Span {
  start: number;
  end: number;
}

export interface FigurePoint {
  value: number;
  max?: number;
  qualifier: string;
  unit: string | null;
  planned: boolean;
  speaker: string;
  date: string | null;
  articleId: number;
  statementId: number;
}

export interface ClaimSummary {
  id: number;
  /** a sentence: the content of the statement that reads best as the claim */
  label: string;
  /** the concept key the claim was founded on: "North Korea — presence troops — Russia" */
  key?: string;
  /** the statement the label was taken from */
  labelStatementId?: number | null;
  statements: number;
  articles: number;
  languages: string[];
  stances: Record<Stance, number>;
  independentSources: number;
  affiliations: Array<{ id: string; name: string; statements: number }>;
  figures: FigurePoint[];
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface Speaker {
  name: string;
  kind: 'person' | 'organization' | 'government' | 'unnamed';
  role: string | null;
  entityId: string | null;
  affiliation: string | null;
  implied: boolean;
}

export interface CitedSource {
  name: string;
  kind: 'outlet' | 'platform' | 'document';
}

export interface ClaimStatement {
  id: number;
  articleId: number;
  articleTitle: string | null;
  outlet: string | null;
  published: string | null;
  language: string;
  speaker: Speaker;
  cue: string | null;
  direct: boolean;
  stance: Stance;
  certainty: string;
  content: string;
  span: Span;
  citedSource: CitedSource | null;
  link: { reason: string; matched: string[] };
  copyGroup: number;
}

export type GraphNodeKind = 'speaker' | 'affiliation' | 'outlet' | 'article';
export type GraphEdgeKind = 'said' | 'member' | 'relayed' | 'published' | 'copy';
export interface SourceGraph {
  nodes: Array<{ id: string; kind: GraphNodeKind; label: string; copies?: number }>;
  edges: Array<{ from: string; to: string; kind: GraphEdgeKind }>;
}

export interface Place {
  id: string;
  name: string;
  type: 'country' | 'place';
  coordinates: [number, number] | null;
}

/**
 * docs/API.md writes this as `ClaimSummary & { statements: ClaimStatement[] }`, which clashes with
 * the summary's `statements: number`; the list wins and the count is its length.
 */
export interface ClaimDetail extends Omit<ClaimSummary, 'statements'> {
  /** all statements of the claim, when the list holds only the first of them */
  statementsTotal?: number;
  subject: string;
  predicate: string;
  object: string;
  places: Place[];
  statements: ClaimStatement[];
  sources: SourceGraph;
}
