import type { Span } from './span.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

/** A word, number or mark of a sentence; offsets into the article text. */
export interface Token extends Span {
  text: string;
  /** lower case, diacritics folded: the form lexicons are matched against */
  norm: string;
  kind: TokenKind;
  /** first letter upper case */
  upper: boolean;
}

export interface Sentence extends Span {
  paragraph: number;
  tokens: Token[];
}

export interface Paragraph extends Span {
  index: number;
}
