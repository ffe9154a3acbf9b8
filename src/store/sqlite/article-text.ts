/**
 * An article's text is kept deflated (`articles.text`, migration v8): it was the largest column
 * of the ledger, a news article's 7 KB of UTF-8 stored whole beside the index that searches it.
 * The full-text index reads it through the view `articles_fts_source`, which inflates it with
 * the SQL function `article_text` each connection registers, so search snippets are what they
 * were. A text that deflating does not shrink ("OK") is kept as text; both forms are read.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { DB } from './db.js';

/** What `articles.text` holds for `text`: its deflated bytes, or the text where they are no smaller. */
export function packText(text: string): string | Buffer {
  const packed = deflateRawSync(Buffer.from(text, 'utf8'));
  return packed.length < Buffer.byteLength(text, 'utf8') ? packed : text;
}

export function unpackText(stored: string | Buffer): string;
export function unpackText(stored: string | Buffer | null): string | null;
export function unpackText(stored: string | Buffer | null): string | null {
  return stored === null || typeof stored === 'string' ? stored : inflateRawSync(stored).toString('utf8');
}

/** `article_text(x)` (the stored text read) and `pack_text(x)` (a text stored), for SQL. */
export function registerTextFunctions(db: DB): void {
  db.function('article_text', { deterministic: true }, (v: unknown) =>
    unpackText(v as string | Buffer | null),
  );
  db.function('pack_text', { deterministic: true }, (v: unknown) =>
    typeof v === 'string' ? packText(v) : (v as Buffer | null),
  );
}
