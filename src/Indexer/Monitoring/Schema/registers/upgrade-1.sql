-- Version 1 -> 2: the tasks plans give, the duties to report that provisions set, and the directory of the
-- province's bodies those duties are owed by.
CREATE TABLE tasks(
    id INTEGER PRIMARY KEY AUTOINCREMENT, status TEXT NOT NULL, lead_body TEXT, due TEXT, plan_document TEXT NOT NULL,
    proposal_key TEXT UNIQUE, version INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX tasks_plan ON tasks(plan_document, id);
CREATE TABLE obligations(
    id INTEGER PRIMARY KEY AUTOINCREMENT, status TEXT NOT NULL, recipient TEXT NOT NULL, source_document TEXT NOT NULL,
    proposal_key TEXT UNIQUE, version INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX obligations_source ON obligations(source_document, id);
CREATE TABLE bodies(ord INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, groups TEXT NOT NULL);
CREATE TABLE read_documents(doc_key TEXT PRIMARY KEY, content_hash TEXT NOT NULL, reader INTEGER NOT NULL) WITHOUT ROWID;
