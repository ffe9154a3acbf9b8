/**
 * v4: the analyst's corrections and verdicts, kept as evidence (never deleted; an undo is a row
 * of its own), keyed stably: a statement by its article's key and span, a claim by its id. A claim
 * an active correction or verdict names is never deleted, so its id survives a re-run that leaves
 * it empty for a moment.
 */
export const CORRECTIONS_MIGRATION = `
  CREATE TABLE corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL, by TEXT NOT NULL, field TEXT NOT NULL,
    article_key TEXT, span_start INTEGER, span_end INTEGER,
    claim_id INTEGER, other_id TEXT, context_claim INTEGER,
    old_value TEXT, new_value TEXT, reason TEXT,
    undone_by INTEGER REFERENCES corrections(id), undoes INTEGER REFERENCES corrections(id),
    orphaned INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX corrections_article ON corrections(article_key);
  CREATE INDEX corrections_claim ON corrections(claim_id);
  CREATE INDEX corrections_context ON corrections(context_claim);
  CREATE TRIGGER claims_held_kept BEFORE DELETE ON claims
    WHEN EXISTS (SELECT 1 FROM corrections WHERE claim_id = old.id AND undone_by IS NULL AND field <> 'undo')
  BEGIN SELECT RAISE(IGNORE); END;
`;
