-- The crawler's database (crawl.db): sources defined through the API, runs, each run's frontier, what every
-- URL's last fetch learnt, and cached robots.txt files.
CREATE TABLE sources(
    name TEXT PRIMARY KEY, json TEXT NOT NULL, origin TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE runs(
    id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, trigger TEXT NOT NULL, status TEXT NOT NULL,
    started_at TEXT NOT NULL, finished_at TEXT, message TEXT, resumes INTEGER NOT NULL DEFAULT 0,
    size INTEGER NOT NULL DEFAULT 0, dropped INTEGER NOT NULL DEFAULT 0);
CREATE INDEX runs_source ON runs(source, id);
CREATE TABLE frontier(
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, url TEXT NOT NULL, host TEXT NOT NULL,
    kind INTEGER NOT NULL, depth INTEGER NOT NULL, referrer TEXT, state TEXT NOT NULL, not_before TEXT,
    requests INTEGER NOT NULL DEFAULT 0, http_status INTEGER, outcome TEXT, error_code TEXT, error_message TEXT,
    document_id TEXT, body BLOB, file_name TEXT, content_type TEXT, etag TEXT, last_modified TEXT, sha256 TEXT,
    links TEXT, fetched_at TEXT, final_url TEXT,
    PRIMARY KEY(run_id, url));
CREATE INDEX frontier_next ON frontier(run_id, state, host);
CREATE TABLE pages(
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, sha256 TEXT, document_id TEXT, links TEXT, fetched_at TEXT NOT NULL);
CREATE TABLE robots(
    host TEXT PRIMARY KEY, status INTEGER NOT NULL, body TEXT, etag TEXT, last_modified TEXT, fetched_at TEXT NOT NULL);
