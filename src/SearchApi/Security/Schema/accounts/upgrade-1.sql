-- Version 1 -> 2: API tokens move here from the index (lawmonitor.db), so that rebuilding the index never loses
-- them; the tokens an index of the same data folder holds are copied over and removed from it (AccountSchema).
CREATE TABLE IF NOT EXISTS api_tokens(
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    token_sha256 TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
) WITHOUT ROWID;
