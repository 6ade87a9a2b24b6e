-- The registers (monitoring.db): findings and recommendations, each row a JSON record with the columns
-- filtered on, and the append-only history of every change.
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
