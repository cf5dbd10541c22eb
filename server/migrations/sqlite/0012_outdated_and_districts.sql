-- A translation made from an older Italian text is 'outdated' until a partner confirms or
-- rewrites it. SQLite cannot change a CHECK constraint: the table is rebuilt.
CREATE TABLE translations_new (
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    field      TEXT NOT NULL,
    lang       TEXT NOT NULL CHECK (lang IN ('it', 'ro', 'ar', 'sq', 'zh')),
    text       TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('source', 'machine', 'confirmed', 'outdated')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id, field, lang)
);
INSERT INTO translations_new SELECT entity, entity_id, field, lang, text, status, updated_at FROM translations;
DROP TABLE translations;
ALTER TABLE translations_new RENAME TO translations;

-- The social-services district a service or programme covers, where the source names the
-- district but not its comuni.
ALTER TABLE services ADD COLUMN district TEXT;
ALTER TABLE programmes ADD COLUMN district TEXT;
