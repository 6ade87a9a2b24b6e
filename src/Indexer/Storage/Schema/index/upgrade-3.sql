-- Version 3 -> 4: unit texts may be stored compressed with a dictionary (StoredUnitText); the texts stored so far
-- stay as they are, and the first commit that finds enough units trains one and compresses them.
CREATE TABLE IF NOT EXISTS text_dictionaries(
    seq INTEGER PRIMARY KEY,
    id INTEGER NOT NULL UNIQUE,
    data BLOB NOT NULL,
    trained_on_units INTEGER NOT NULL,
    trained_at TEXT NOT NULL
);
