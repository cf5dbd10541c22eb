-- The daily digests sent to partners' editors: one row per organisation and day (Rome,
-- YYYY-MM-DD), claimed before sending, so that several instances send each digest once.
CREATE TABLE digests_sent (
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    day             TEXT NOT NULL,
    PRIMARY KEY (organization_id, day)
);
