-- Version 2: watches on a body of the province ("Sở Tư pháp"): its tasks and the reports it owes falling due or overdue become notifications.
CREATE TABLE body_watches(id INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL);
