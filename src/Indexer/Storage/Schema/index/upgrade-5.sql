-- Version 5 -> 6: a version's text is stored compressed, as unit texts are (StoredText: a zstd frame, with the
-- index's dictionary when it has one). The column keeps its declaration; the texts stored plain by version 5 are
-- compressed in the upgrade's transaction (IndexSchema), so a version's text is read the same way whatever wrote it.
SELECT 1;
