-- The index (lawmonitor.db) at its latest version: what a new file is created with.
-- API tokens live in accounts.db since version 4 (files of earlier versions hand theirs over to it).
CREATE TABLE IF NOT EXISTS meta(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS documents(
    id INTEGER PRIMARY KEY,
    doc_key TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    number TEXT,
    number_key TEXT,
    number_keys TEXT NOT NULL DEFAULT '',
    type TEXT,
    type_key TEXT,
    title TEXT,
    issuer TEXT,
    issuer_key TEXT,
    issue_date TEXT,
    year INTEGER,
    place TEXT,
    effective_date TEXT,
    signer TEXT,
    signer_title TEXT,
    name_key TEXT,
    status TEXT NOT NULL,
    effect TEXT NOT NULL DEFAULT 'khong-ro',
    effect_detail TEXT,
    source TEXT,
    metadata TEXT NOT NULL DEFAULT '{}',
    unit_count INTEGER NOT NULL,
    text_length INTEGER NOT NULL,
    indexed_at TEXT NOT NULL,
    structure BLOB
);
CREATE INDEX IF NOT EXISTS documents_number ON documents(number_key);
CREATE INDEX IF NOT EXISTS documents_type ON documents(type_key);
CREATE INDEX IF NOT EXISTS documents_year ON documents(year);
CREATE INDEX IF NOT EXISTS documents_status ON documents(status);
CREATE INDEX IF NOT EXISTS documents_effect ON documents(effect);
CREATE INDEX IF NOT EXISTS documents_name ON documents(name_key);
CREATE INDEX IF NOT EXISTS documents_indexed ON documents(indexed_at, id);

CREATE TABLE IF NOT EXISTS units(
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    kind TEXT NOT NULL,
    path TEXT NOT NULL,
    label TEXT,
    heading TEXT NOT NULL,
    body_start INTEGER NOT NULL,
    start INTEGER NOT NULL,
    text TEXT NOT NULL,
    length INTEGER NOT NULL,
    fts_rowid INTEGER NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS units_doc ON units(doc_id, ord);

CREATE VIRTUAL TABLE IF NOT EXISTS unit_fts USING fts5(
    num, title, heading, body, refs,
    content='', contentless_delete=1,
    tokenize="ascii tokenchars '#@/-'"
);

CREATE TABLE IF NOT EXISTS term_stats(
    id INTEGER PRIMARY KEY,
    data BLOB NOT NULL
);

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

CREATE TABLE IF NOT EXISTS text_dictionaries(
    seq INTEGER PRIMARY KEY,
    id INTEGER NOT NULL UNIQUE,
    data BLOB NOT NULL,
    trained_on_units INTEGER NOT NULL,
    trained_at TEXT NOT NULL
);
