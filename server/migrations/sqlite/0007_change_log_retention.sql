-- Several instances follow one change log, each from its own index's version: rows are no
-- longer deleted once one index has taken them in, but kept for a retention period and
-- pruned by age. `pruned_upto` is the highest version pruned: an index stamped before it
-- can no longer catch up from the log and rebuilds.
ALTER TABLE search_changes ADD COLUMN recorded_at TEXT;

CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    pruned_upto INTEGER NOT NULL
);
-- Earlier versions deleted rows as the index took them in: any index built before this
-- migration may have lost rows, so it rebuilds once.
INSERT INTO change_log (id, pruned_upto) VALUES (1, COALESCE((SELECT version FROM data_version WHERE id = 1), 0));
