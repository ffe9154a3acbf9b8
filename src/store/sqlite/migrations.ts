import { CORRECTIONS_MIGRATION } from './migrations-corrections.js';
import { FEEDS_MIGRATION } from './migrations-feeds.js';

/**
 * Versioned schema of the SQLite ledger. A migration is applied once, in order, inside a
 * transaction; `meta.schema_version` records the last one applied.
 */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    url TEXT, canonical_url TEXT, title TEXT, outlet TEXT,
    language TEXT NOT NULL, published TEXT, added_at TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE, signature TEXT NOT NULL,
    copy_of INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    copy_group INTEGER NOT NULL,
    path TEXT, pipeline TEXT NOT NULL, statements INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL, extraction TEXT NOT NULL
  );
  CREATE INDEX articles_url ON articles(url);
  CREATE INDEX articles_canonical ON articles(canonical_url);
  CREATE INDEX articles_published ON articles(published, id);
  CREATE INDEX articles_outlet ON articles(outlet);
  CREATE INDEX articles_pipeline ON articles(pipeline);

  CREATE TABLE article_bands (
    band INTEGER NOT NULL, value INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
  );
  CREATE INDEX article_bands_lookup ON article_bands(band, value);
  CREATE INDEX article_bands_article ON article_bands(article_id);

  CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    speaker_name TEXT NOT NULL, speaker_kind TEXT NOT NULL, speaker_role TEXT,
    speaker_entity TEXT, affiliation TEXT, implied INTEGER NOT NULL,
    cue TEXT, direct INTEGER NOT NULL, stance TEXT NOT NULL, certainty TEXT NOT NULL, negated INTEGER NOT NULL,
    content TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
    cited_name TEXT, cited_kind TEXT, said_on TEXT, data TEXT NOT NULL,
    UNIQUE (article_id, idx)
  );
  CREATE INDEX statements_speaker_entity ON statements(speaker_entity);
  CREATE INDEX statements_affiliation ON statements(affiliation);

  CREATE TABLE figures (
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    value REAL NOT NULL, max REAL, qualifier TEXT NOT NULL, unit TEXT, planned INTEGER NOT NULL
  );
  CREATE INDEX figures_statement ON figures(statement_id);

  CREATE TABLE entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
    country TEXT, lon REAL, lat REAL
  );
  CREATE TABLE entity_aliases (
    alias TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (alias, entity_id)
  );
  CREATE TABLE mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    start INTEGER NOT NULL, end INTEGER NOT NULL
  );
  CREATE INDEX mentions_entity ON mentions(entity_id, article_id);
  CREATE INDEX mentions_article ON mentions(article_id);

  CREATE TABLE claims (
    id INTEGER PRIMARY KEY, label TEXT NOT NULL, profile TEXT NOT NULL,
    statements INTEGER NOT NULL DEFAULT 0, articles INTEGER NOT NULL DEFAULT 0,
    n_assert INTEGER NOT NULL DEFAULT 0, n_deny INTEGER NOT NULL DEFAULT 0, n_hedge INTEGER NOT NULL DEFAULT 0,
    n_conditional INTEGER NOT NULL DEFAULT 0, n_question INTEGER NOT NULL DEFAULT 0,
    independent INTEGER NOT NULL DEFAULT 0, speakers INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT, last_seen TEXT, updated_at TEXT NOT NULL
  );
  CREATE INDEX claims_rank ON claims(statements DESC, id);
  CREATE INDEX claims_updated ON claims(updated_at);

  CREATE TABLE claim_statements (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    stance TEXT NOT NULL, reason TEXT NOT NULL,
    root TEXT NOT NULL, root_name TEXT NOT NULL,
    affiliation TEXT, affiliation_name TEXT,
    PRIMARY KEY (claim_id, statement_id)
  );
  CREATE INDEX claim_statements_statement ON claim_statements(statement_id);

  -- distinct keys per claim, kept as statements are linked: kind 'root' (independent
  -- supporting sources), 'speaker', 'affiliation', 'language', 'article'
  CREATE TABLE claim_keys (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (claim_id, kind, key)
  );

  -- each claim's figure timeline: every distinct figure once, with its first statement
  CREATE TABLE claim_figures (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    value REAL NOT NULL, max REAL, max_key REAL NOT NULL, qualifier TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '',
    planned INTEGER NOT NULL, said_key TEXT NOT NULL, said_on TEXT, speaker TEXT NOT NULL,
    article_id INTEGER NOT NULL, statement_id INTEGER NOT NULL,
    PRIMARY KEY (claim_id, value, max_key, qualifier, unit, planned)
  );
  CREATE INDEX claim_figures_order ON claim_figures(claim_id, said_key);

  -- the linking index and each claim's profile: how many of its statements have a concept
  CREATE TABLE claim_concepts (
    concept TEXT NOT NULL, claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (concept, claim_id)
  );
  CREATE INDEX claim_concepts_claim ON claim_concepts(claim_id, n);

  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
  END;

  CREATE VIRTUAL TABLE statements_fts USING fts5(
    speaker_name, content, content='statements', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, speaker_name, content) VALUES (new.id, new.speaker_name, new.content);
  END;
  CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, speaker_name, content) VALUES ('delete', old.id, old.speaker_name, old.content);
  END;
  `,
  FEEDS_MIGRATION,
  // v3: copy candidates read from the index alone, most recent first
  `
  DROP INDEX article_bands_lookup;
  CREATE INDEX article_bands_lookup ON article_bands(band, value, article_id);
  `,
  // v4: a claim's label is a sentence taken from one of its statements; the concept key it was
  // founded on stays as \`key\` (for a ledger made before, the old label)
  `
  ALTER TABLE claims ADD COLUMN key TEXT NOT NULL DEFAULT '';
  ALTER TABLE claims ADD COLUMN label_statement_id INTEGER;
  ALTER TABLE claims ADD COLUMN label_score REAL;
  ALTER TABLE claims ADD COLUMN label_lang TEXT;
  UPDATE claims SET key = label;
  ALTER TABLE claim_statements ADD COLUMN label TEXT;
  ALTER TABLE claim_statements ADD COLUMN label_score REAL;
  ALTER TABLE claim_statements ADD COLUMN label_lang TEXT;
  -- the best label of a claim in a language, read from the index alone
  CREATE INDEX claim_statements_label ON claim_statements(claim_id, label_lang, label_score DESC, statement_id)
    WHERE label IS NOT NULL;
  `,
  // v5: the analyst's corrections and verdicts (migrations-corrections.ts)
  CORRECTIONS_MIGRATION,
  // v6: a claim's keys are read and written by their primary key only: kept in that key's b-tree
  // (WITHOUT ROWID), not in a table and an index of the same columns, a sixth of the ledger's
  // bytes less; and no index on claims.updated_at, which nothing orders or filters by
  `
  CREATE TABLE claim_keys_v6 (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (claim_id, kind, key)
  ) WITHOUT ROWID;
  INSERT INTO claim_keys_v6 (claim_id, kind, key, name, n) SELECT claim_id, kind, key, name, n FROM claim_keys;
  DROP TABLE claim_keys;
  ALTER TABLE claim_keys_v6 RENAME TO claim_keys;
  DROP INDEX claims_updated;
  `,
  // v7: the linking index names each concept by a number (`concepts`), not by its text twice
  // (once in the table, once in the claim index), and is read by its primary key (a concept's
  // latest claims) and by claim (a claim's profile): kept in the key's b-tree (WITHOUT ROWID),
  // not in a rowid table beside an index of the same columns, and the profile is read from its
  // index alone. (claim_statements stays a rowid table: its rows come in statement order, and
  // kept by claim they filled their pages by half, larger than the table and index were.)
  `
  CREATE TABLE concepts (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
  INSERT INTO concepts (key) SELECT DISTINCT concept FROM claim_concepts ORDER BY concept;
  CREATE TABLE claim_concepts_v7 (
    concept_id INTEGER NOT NULL, claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    n INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (concept_id, claim_id)
  ) WITHOUT ROWID;
  INSERT INTO claim_concepts_v7 (concept_id, claim_id, n)
    SELECT k.id, cc.claim_id, cc.n FROM claim_concepts cc JOIN concepts k ON k.key = cc.concept;
  DROP TABLE claim_concepts;
  ALTER TABLE claim_concepts_v7 RENAME TO claim_concepts;
  CREATE INDEX claim_concepts_claim ON claim_concepts(claim_id, n);
  `,
  // v8: an article's text kept deflated (article-text.ts), a tenth of the ledger's bytes; the
  // search index reads it inflated through a view, so it is the same index over the same words
  `
  DROP TRIGGER articles_fts_insert;
  DROP TRIGGER articles_fts_delete;
  DROP TABLE articles_fts;
  UPDATE articles SET text = pack_text(text);
  CREATE VIEW articles_fts_source AS
    SELECT id, coalesce(title, '') AS title, article_text(text) AS text FROM articles;
  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles_fts_source', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
  );
  INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), article_text(new.text));
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, coalesce(old.title, ''), article_text(old.text));
  END;
  `,
];
