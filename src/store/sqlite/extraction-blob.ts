/**
 * How an article's extraction is kept. The article's text has its own column and every statement
 * its own row (with the full statement as JSON in `statements.data`), so the extraction column
 * holds only the rest (entities with their mentions, figures, dates, warnings, the language
 * reading), deflated: about a tenth of the whole `extract --json` it used to store, which was
 * seven times the article's text. Reading puts the whole back together. Ledgers written before
 * kept the whole JSON as text: that form is still read.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ExtractResult } from '../../domain/extract-result.js';

type Rest = Omit<ExtractResult, 'text' | 'statements'>;

export function encodeExtraction(x: ExtractResult): Buffer {
  const { text: _text, statements: _statements, ...rest } = x;
  return deflateRawSync(JSON.stringify(rest), { level: 6 });
}

/** The stored extraction with its text and statements put back (statements as the ledger now has them). */
export function decodeExtraction(
  stored: Buffer | string,
  text: string,
  statements: () => ExtractResult['statements'],
): ExtractResult {
  if (typeof stored === 'string') return JSON.parse(stored) as ExtractResult;
  const rest = JSON.parse(inflateRawSync(stored).toString('utf8')) as Rest;
  return { ...rest, text, statements: statements() };
}
