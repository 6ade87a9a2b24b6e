-- Version 2 -> 3: the derived effect beside the stated status (status stays what the document says of itself);
-- it starts as the stated one and is decided again in the same transaction (IndexSchema).
ALTER TABLE documents ADD COLUMN effect TEXT NOT NULL DEFAULT 'khong-ro';
ALTER TABLE documents ADD COLUMN effect_detail TEXT;
UPDATE documents SET effect = status;
CREATE INDEX IF NOT EXISTS documents_effect ON documents(effect);
