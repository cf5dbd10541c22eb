-- PostgreSQL side of ../sqlite/0002_search_changes.sql: the same tables, columns, keys and indexes, in PostgreSQL's
-- own types (BIGINT identities, BOOLEAN flags, TIMESTAMPTZ times). A test checks both sets give one schema.
-- The services each write touched, so the search index can follow the database within a
-- second without a full rebuild. service_id NULL means "everything" (e.g. the taxonomy
-- changed). No foreign key: a deleted service's id must stay to remove it from the index.
CREATE TABLE search_changes (
    service_id BIGINT,
    version    BIGINT NOT NULL
);
CREATE INDEX search_changes_version ON search_changes (version);
