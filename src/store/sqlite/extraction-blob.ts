/**
 * How an article's extraction is kept. The article's text has its own column and every statement
 * its own row (speaker, cue, stance, content and span in columns, for the ledger's queries), so
 * the extraction column holds only the rest, deflated once per article: entities with their
 * mentions, figures, dates, warnings, the language reading, and each statement's own rest (spans
 * of its speaker, cue and content, cited source, figures, dates, rules; see statement-data.ts).
 * Deflated together the statements' rests take a fifth of what they took as JSON in every row,
 * and a claim's page, which reads statement rows from many articles, never parses them.
 * Reading puts the whole back together. Ledgers written before kept each statement's rest in
 * its row (`statements.data`), or the whole JSON as text: both forms are still read.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ExtractResult } from '../../domain/extract-result.js';
import { statementRest, type StatementRest } from './statement-data.js';

type Statement = ExtractResult['statements'][number];
type Rest = Omit<ExtractResult, 'text' | 'statements'> & { statements?: StatementRest[] };

/** `statements`: the statements as the rows hold them (by default the extraction's own). */
export function encodeExtraction(x: ExtractResult, statements: Statement[] = x.statements): Buffer {
  const { text: _text, statements: _statements, ...rest } = x;
  return deflateRawSync(JSON.stringify({ ...rest, statements: statements.map(statementRest) }), {
    level: 6,
  });
}

/** What the blob keeps of each statement, by its index in the article (undefined for older blobs). */
export function storedRests(stored: Buffer | string): StatementRest[] | undefined {
  if (typeof stored === 'string') return (JSON.parse(stored) as ExtractResult).statements;
  return (JSON.parse(inflateRawSync(stored).toString('utf8')) as Rest).statements;
}

/**
 * The stored extraction with its text and statements put back (statements as the ledger now has
 * them: `statements` is given what the blob keeps of each, to lay the rows over).
 */
export function decodeExtraction(
  stored: Buffer | string,
  text: string,
  statements: (rests: StatementRest[] | undefined) => ExtractResult['statements'],
): ExtractResult {
  if (typeof stored === 'string') return JSON.parse(stored) as ExtractResult;
  const { statements: rests, ...rest } = JSON.parse(inflateRawSync(stored).toString('utf8')) as Rest;
  return { ...rest, text, statements: statements(rests) };
}
