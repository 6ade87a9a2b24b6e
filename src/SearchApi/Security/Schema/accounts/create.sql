-- Accounts (accounts.db): people's accounts, every sign-in attempt, the access settings an admin changes, and the
-- API tokens of programs (only each token's SHA-256).
CREATE TABLE users(
    name TEXT PRIMARY KEY COLLATE NOCASE, display_name TEXT NOT NULL, role TEXT NOT NULL, password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL, disabled_at TEXT);
CREATE TABLE sign_ins(
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, name TEXT NOT NULL, address TEXT, succeeded INTEGER NOT NULL, reason TEXT);
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE api_tokens(
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    token_sha256 TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
) WITHOUT ROWID;
