import type { DateRef } from './date-ref.js';
import type { Figure } from './figure.js';
import type { Span } from './span.js';

export type Stance = 'assert' | 'deny' | 'hedge' | 'conditional' | 'question';
export type SpeakerKind = 'person' | 'organization' | 'government' | 'unnamed';
export type Certainty = 'high' | 'medium' | 'low';

export interface Speaker {
  name: string;
  kind: SpeakerKind;
  role: string | null;
  entityId: string | null;
  /** entity id of the country or body the speaker speaks for: "country:US", "org:nato" */
  affiliation: string | null;
  /**
   * where the statement refers to its speaker: the name or role; the pronoun ("he", "Mereka")
   * for a speaker resolved from one; for a clitic ("katanya") or a lone quotation, which have no
   * words of their own for the speaker, the antecedent mention
   */
  span: Span | null;
  /** true when the sentence names no speaker ("tambahnya", "he added") and it was resolved */
  implied: boolean;
  rule: string;
}

export interface CitedSource {
  name: string;
  /** "outlet" for a news organisation, "platform" for a social network, "document" */
  kind: 'outlet' | 'platform' | 'document';
  entityId: string | null;
  span: Span;
  rule: string;
}

export interface Statement {
  speaker: Speaker;
  cue: string | null;
  cueSpan: Span | null;
  direct: boolean;
  stance: Stance;
  certainty: Certainty;
  /** the content's main clause is negated ("has not sent troops"): against a positive claim it denies */
  negated: boolean;
  /** what was said, without the quotation marks */
  content: string;
  /** the statement in the text: the quotation with its marks, or the reported clause */
  span: Span;
  contentSpan: Span;
  citedSource: CitedSource | null;
  figures: Figure[];
  dates: DateRef[];
  /** ids of the rules that read speaker, cue, content and stance */
  rule: string;
  stanceRule: string;
}
