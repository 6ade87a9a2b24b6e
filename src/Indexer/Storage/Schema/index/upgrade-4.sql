-- Version 4 -> 5: the provision tree is stored with the document (StructureCodec), parsed once at ingest, so that
-- search, document pages and detectors read it rather than parse the text again. The column is filled by parsing
-- each stored document's text once, in the upgrade's transaction (IndexSchema).
ALTER TABLE documents ADD COLUMN structure BLOB;
