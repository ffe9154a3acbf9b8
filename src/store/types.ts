import type { ExtractResult } from '../domain/extract-result.js';

/** An article as the ledger keeps it. */
export interface ArticleRecord {
  id: number;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  outlet: string | null;
  language: string;
  published: string | null;
  addedAt: string;
  contentHash: string;
  /** MinHash signature of the text's word shingles (hex), for near-copy detection */
  signature: string;
  /** the earlier article this one is a near-copy of, if any */
  copyOf: number | null;
  /** articles that are copies of each other share a group (the first one's id) */
  copyGroup: number;
  path: string | null;
  pipeline: string;
  statements: number;
}

export interface StatementRecord {
  id: number;
  articleId: number;
  idx: number;
  speakerName: string;
  speakerKind: string;
  speakerRole: string | null;
  speakerEntity: string | null;
  affiliation: string | null;
  implied: boolean;
  cue: string | null;
  direct: boolean;
  stance: string;
  certainty: string;
  negated: boolean;
  content: string;
  spanStart: number;
  spanEnd: number;
  citedName: string | null;
  citedKind: string | null;
  /** when the statement was made: a date in its attribution, else the article's date */
  saidOn: string | null;
  /** the full statement as extracted (extract contract) */
  data: ExtractResult['statements'][number];
}

/** Why a statement belongs to a claim: the concepts both share and the score. */
export interface LinkReason {
  matched: string[];
  score: number;
  rule: string;
}

/** Who stands behind a statement, for counting independent sources: an affiliation, a speaker, or a relay. */
export interface SourceRoot {
  key: string;
  name: string;
}

export interface ClaimLinkInput {
  /** index of the statement within the bundle */
  statement: number;
  /** an existing claim, or the index of a new claim in the bundle */
  claim: { id: number } | { created: number };
  /** stance towards the claim: a negated assertion of a positive claim is a denial */
  stance: string;
  reason: LinkReason;
  /** the statement offered as the claim's label: its trimmed content and how well it reads */
  label: { text: string; score: number };
}

export interface NewClaim {
  label: string;
  /** the founding statement's concepts, readable: "North Korea — presence troops — Russia" */
  key: string;
  /** concept -> weight, the claim's profile for later linking */
  profile: Record<string, number>;
}

/** One article with everything extracted and linked from it, written at once. */
export interface ArticleBundle {
  article: Omit<ArticleRecord, 'id' | 'copyGroup' | 'statements'>;
  /** LSH band keys of the article's signature */
  bandKeys: number[];
  text: string;
  extraction: ExtractResult;
  statements: Array<Omit<StatementRecord, 'id' | 'articleId'>>;
  newClaims: NewClaim[];
  links: ClaimLinkInput[];
  /** concepts of each statement (for the claim index) */
  concepts: string[][];
  /** the independent source behind each statement, and the affiliation it is grouped under */
  roots: SourceRoot[];
  affiliations: Array<SourceRoot | null>;
  /** figures of each statement with whether they are planned (not yet done) */
  figures: Array<
    Array<{ value: number; max?: number; qualifier: string; unit: string | null; planned: boolean }>
  >;
}

export interface ClaimFigure {
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

export interface ClaimStats {
  statements: number;
  articles: number;
  languages: string[];
  stances: { assert: number; deny: number; hedge: number; conditional: number; question: number };
  independentSources: number;
  speakers: number;
  affiliations: Array<{ id: string; name: string; statements: number }>;
  figures: ClaimFigure[];
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface ClaimRecord extends ClaimStats {
  id: number;
  /** a sentence: the content of the statement that reads best as the claim */
  label: string;
  /** the concept key the claim was founded on */
  key: string;
  /** the statement the label was taken from (null for a claim from before labels were sentences) */
  labelStatementId: number | null;
  profile: Record<string, number>;
  updatedAt: string;
}

/** A statement of a claim with what the independence and timeline computations need. */
export interface ClaimStatementRow extends StatementRecord {
  claimId: number;
  linkStance: string;
  reason: LinkReason;
  language: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
  copyGroup: number;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface ListFilter {
  lang?: string;
  entity?: string;
  outlet?: string;
  stance?: string;
  from?: string;
  to?: string;
  q?: string;
}

export interface EntityRecord {
  id: string;
  name: string;
  type: string;
  country: string | null;
  coordinates: [number, number] | null;
  aliases: string[];
}

export interface SearchHits {
  articles: Array<{ id: number; title: string | null; snippet: string }>;
  statements: Array<{ id: number; articleId: number; speaker: string; snippet: string }>;
  claims: number[];
}
