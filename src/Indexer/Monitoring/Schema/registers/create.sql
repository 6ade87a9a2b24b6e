-- The registers (monitoring.db): findings, recommendations, plan tasks and reporting duties, each row a JSON record
-- with the columns filtered on; the append-only history of every change; the directory of the province's bodies.
CREATE TABLE findings(
    id INTEGER PRIMARY KEY AUTOINCREMENT, class TEXT NOT NULL, status TEXT NOT NULL, field TEXT,
    detector_key TEXT UNIQUE, version INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE recommendations(
    id INTEGER PRIMARY KEY AUTOINCREMENT, status TEXT NOT NULL, competent_body TEXT NOT NULL,
    deadline TEXT, version INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE history(
    seq INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, entity_id INTEGER NOT NULL, version INTEGER NOT NULL,
    at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, changes TEXT NOT NULL, reason TEXT);
CREATE INDEX history_entity ON history(entity, entity_id, seq);
CREATE TRIGGER history_append_only_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_append_only_delete BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
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
