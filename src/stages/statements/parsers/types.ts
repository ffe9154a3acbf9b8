import type { Draft } from '../draft.js';
import type { TokenView } from '../view.js';
import type { Need } from './needs.js';

/** What every parser reads and writes: the view, the drafts so far and the tokens already read. */
export interface ParseState {
  v: TokenView;
  drafts: Draft[];
  /** tokens that belong to a draft already (a quotation, its attribution): not read again */
  used: Uint8Array;
}

/** Where a token parser looks: token `i` of the sentence [from, to), unread from `lo`. */
export interface TokenScan {
  v: TokenView;
  i: number;
  /** first token of the sentence not yet read */
  lo: number;
  from: number;
  to: number;
  /** drafts found earlier in the same sentence */
  before: readonly Draft[];
}

/** A sentence parser's signature: the draft and the token after what it read, or null. */
type SentenceParse = (
  v: TokenView,
  lo: number,
  to: number,
  used: Uint8Array,
  /** the drafts of the article so far: quotations, the headline, earlier sentences */
  earlier: readonly Draft[],
) => { draft: Draft; stop: number } | null;

/**
 * A parser proposes drafts for one construction, under its rule id. It reads at one of four
 * scopes: the whole article once (quotations, the headline), each sentence once before its
 * tokens (an attribution closing the sentence), each unread token of a sentence, where the
 * first parser of the list that reads a draft wins, or, last, each sentence that no other
 * parser read a word of ('leftover': a sentence whose only cue-like word was no cue).
 */
export type Parser = (
  | { rule: string; scope: 'article'; parse(state: ParseState): void }
  | {
      rule: string;
      scope: 'sentence';
      /** the draft and the token after what it read, or null */
      parse(
        v: TokenView,
        lo: number,
        to: number,
        used: Uint8Array,
        /** the drafts of the article so far: quotations, the headline, earlier sentences */
        earlier: readonly Draft[],
      ): { draft: Draft; stop: number } | null;
    }
  | { rule: string; scope: 'leftover'; parse: SentenceParse }
  | {
      rule: string;
      scope: 'token';
      /** one draft, or several of the same words ("X cited Y as saying …": Y's and X's) */
      parse(scan: TokenScan): Draft | readonly Draft[] | null;
    }
) & {
  /**
   * What a sentence must hold for this parser to read anything in it, any one of them (see
   * needs.ts); the stage skips it in a sentence with none. Unset: it runs in every sentence.
   * Declare only what the parser tests first at its own tokens, or the output changes.
   */
  needs?: readonly Need[];
};
