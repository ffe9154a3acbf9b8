import type { DateRef } from './date-ref.js';
import type { Entity } from './entity.js';
import type { Figure } from './figure.js';
import type { Statement } from './statement.js';
import type { Paragraph, Sentence } from './text.js';

export interface LanguageGuess {
  /** ISO 639-1 code, or "und" when the text has no recognisable language */
  code: string;
  /** how it was decided: "option", "cld", "lexicon" */
  method: string;
  confidence: number;
  /** true when the extractor has lexicons for this language */
  supported: boolean;
}

/**
 * The working state of one article as it passes through the pipeline. Each stage reads what
 * earlier stages filled in and adds its own part.
 */
export interface Doc {
  /** the article text exactly as given; every span points into it */
  text: string;
  /** same length as `text`, with spaces, quotes and dashes made uniform for matching */
  norm: string;
  published: string | null;
  language: LanguageGuess;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  figures: Figure[];
  dates: DateRef[];
  statements: Statement[];
  /** messages about input the extractor could not fully read */
  warnings: string[];
}

export type { Statement };
