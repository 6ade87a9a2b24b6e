-- Version 7 -> 8: the documents last indexed are listed first (GET /api/documents, the web UI's first page, ./lawmonitor
-- documents) from an index instead of a sort of every document: 7 ms at 8,148 documents, growing with the index.
CREATE INDEX IF NOT EXISTS documents_indexed ON documents(indexed_at, id);
