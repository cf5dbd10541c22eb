-- The partner admin area: accounts and their organisations, sessions, invitations, each
-- organisation's editable document with its draft and revisions, the audit log, the
-- "still accurate" stamps and the anonymous search counts of the unmet-needs report.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    -- Lowercased, so one person cannot hold two accounts that differ in case.
    email         TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL CHECK (role IN ('coordinator', 'editor')),
    -- argon2id PHC string; NULL until an invited person has chosen a password.
    password_hash TEXT,
    -- The admin area's language for this person.
    lang          TEXT NOT NULL DEFAULT 'it' CHECK (lang IN ('it', 'ro', 'ar', 'sq', 'zh')),
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL
);

CREATE TABLE memberships (
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, organization_id)
);
CREATE INDEX memberships_organization ON memberships (organization_id);

-- One-time links: only the SHA-256 of the token is kept, so a copy of the database does
-- not let anyone in.
CREATE TABLE invitations (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at TEXT NOT NULL
);
CREATE INDEX invitations_user ON invitations (user_id);

-- Sessions, also kept by token hash. The CSRF token is per session (synchronizer token).
CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Each organisation as one document (the same shape as its content file, in JSON): what is
-- published, and the shared draft its editors are preparing.
CREATE TABLE organization_documents (
    organization_id INTEGER PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    published       TEXT NOT NULL,
    draft           TEXT,
    updated_at      TEXT NOT NULL
);

-- Every save: the whole document as it was after it, so any revision can be restored.
CREATE TABLE revisions (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('import', 'draft', 'publish', 'restore', 'discard')),
    author_id       INTEGER REFERENCES users (id) ON DELETE SET NULL,
    author          TEXT NOT NULL,
    summary         TEXT NOT NULL,
    document        TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX revisions_organization ON revisions (organization_id, id);

CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    actor_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    -- The actor's e-mail at the time (kept if the account goes).
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    target   TEXT NOT NULL,
    detail   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);

-- "Still accurate" stamps, by entry, outside the documents: confirming an entry is not an
-- edit and needs no publication.
CREATE TABLE verifications (
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    entry           TEXT NOT NULL,
    verified_at     TEXT NOT NULL,
    verified_by     TEXT NOT NULL,
    PRIMARY KEY (organization_id, entry)
);

-- Searches counted per day, language and normalised query: no address, no session, no time
-- of day. Rows older than the retention are deleted.
CREATE TABLE search_log (
    day          TEXT NOT NULL,
    lang         TEXT NOT NULL,
    query        TEXT NOT NULL,
    searches     INTEGER NOT NULL,
    zero_results INTEGER NOT NULL,
    PRIMARY KEY (day, lang, query)
);

-- Imported files are imported once more, so each organisation gets its document.
DELETE FROM content_files;
