import type { Doc } from '../domain/document.js';
import type { Lexicon } from '../lexicon/load.js';

export interface ExtractOptions {
  /** ISO 639-1 code that overrides language detection */
  lang?: string;
  /** publication date (YYYY-MM-DD) that relative dates are resolved against */
  published?: string | null;
  /** stop after the stage with this id (tests of one stage) */
  until?: string;
}

export interface StageContext {
  readonly options: ExtractOptions;
  /** the lexicon of the detected language; null when the language has none */
  lex: Lexicon | null;
}

/**
 * One step of the extraction pipeline. A stage is pure: it reads the document and the lexicon,
 * and writes its own part of the document. No store, no network, no file system.
 */
export interface Stage {
  readonly id: string;
  /** bump when the stage's output for the same input changes; drives `reprocess` */
  readonly version: number;
  /** whether the stage needs a supported language's lexicon to run */
  readonly needsLexicon: boolean;
  run(doc: Doc, ctx: StageContext): void;
}
