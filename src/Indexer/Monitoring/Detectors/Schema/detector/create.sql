-- What the detectors compared (detector.db): each document's provisions with their shingles, signatures and
-- band keys, by content hash and settings. A cache of the index: `detect --all` rewrites it.
CREATE TABLE documents(id INTEGER PRIMARY KEY, doc_key TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL, settings TEXT NOT NULL);
CREATE TABLE units(
    id INTEGER PRIMARY KEY, doc_key TEXT NOT NULL, path TEXT NOT NULL, start INTEGER NOT NULL,
    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, shingles BLOB NOT NULL, signature BLOB NOT NULL);
CREATE INDEX units_doc ON units(doc_key);
CREATE TABLE band_members(key INTEGER NOT NULL, unit INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY(key, unit)) WITHOUT ROWID;
