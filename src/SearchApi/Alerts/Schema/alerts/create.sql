-- Alerts (alerts.db, version 2): saved searches, watches on documents and on bodies, what each has already seen, and the notifications they produced.
CREATE TABLE saved_searches(id INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT NULL, name TEXT NOT NULL, query TEXT NOT NULL, feed_key TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL);
CREATE TABLE watches(id INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT NULL, document_id TEXT NOT NULL, path TEXT NOT NULL, label TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE seen(subscription TEXT NOT NULL, subscription_id INTEGER NOT NULL, item TEXT NOT NULL, PRIMARY KEY(subscription, subscription_id, item)) WITHOUT ROWID;
CREATE TABLE notifications(id INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT NULL, at TEXT NOT NULL, subscription TEXT NOT NULL, subscription_id INTEGER NOT NULL,
    document_id TEXT NOT NULL, reason TEXT NOT NULL, message TEXT NOT NULL, read_at TEXT);
CREATE INDEX notifications_owner ON notifications(owner, id);
CREATE TABLE body_watches(id INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL);
