-- Version 1 -> 2: the metadata columns of ingestion and its tables (raw files, versions, citations, API tokens);
-- nothing stored is touched.
ALTER TABLE documents ADD COLUMN place TEXT;
ALTER TABLE documents ADD COLUMN effective_date TEXT;
ALTER TABLE documents ADD COLUMN signer TEXT;
ALTER TABLE documents ADD COLUMN signer_title TEXT;
ALTER TABLE documents ADD COLUMN name_key TEXT;
CREATE INDEX IF NOT EXISTS documents_name ON documents(name_key);
CREATE TABLE IF NOT EXISTS raw_files(
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    format TEXT NOT NULL,
    stored_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS document_versions(
    doc_key TEXT NOT NULL,
    version INTEGER NOT NULL,
    file_sha256 TEXT NOT NULL REFERENCES raw_files(sha256),
    file_name TEXT NOT NULL,
    source_key TEXT NOT NULL,
    parser_version INTEGER NOT NULL,
    ingested_at TEXT NOT NULL,
    parsed_at TEXT NOT NULL,
    facts TEXT NOT NULL,
    metadata TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY(doc_key, version)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS document_versions_file ON document_versions(file_sha256);
CREATE INDEX IF NOT EXISTS document_versions_source ON document_versions(source_key);

CREATE TABLE IF NOT EXISTS citations(
    doc_key TEXT NOT NULL,
    ord INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    relation TEXT NOT NULL,
    source_path TEXT NOT NULL,
    internal INTEGER NOT NULL,
    target_key TEXT,
    target_number TEXT,
    target_type TEXT,
    target_name TEXT,
    target_issuer TEXT,
    target_date TEXT,
    target_path TEXT,
    PRIMARY KEY(doc_key, ord)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS citations_target ON citations(target_key);

CREATE TABLE IF NOT EXISTS api_tokens(
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    token_sha256 TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
) WITHOUT ROWID;
