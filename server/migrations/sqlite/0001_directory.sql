-- The directory's data model (DESIGN.md §2, aligned with Open Referral HSDS 3.0).
-- Plain SQL types and constraints, so the same statements carry over to PostgreSQL.
-- Human texts live in `translations`, one row per entity, field and language.

CREATE TABLE organizations (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    website     TEXT,
    email       TEXT,
    -- 'content' rows may be replaced by a newer content file; 'admin' rows never are.
    origin      TEXT NOT NULL DEFAULT 'content' CHECK (origin IN ('content', 'admin')),
    updated_at  TEXT NOT NULL
);

CREATE TABLE programmes (
    id              INTEGER PRIMARY KEY,
    slug            TEXT NOT NULL UNIQUE,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    start_date      TEXT,
    end_date        TEXT,
    website         TEXT,
    email           TEXT,
    origin          TEXT NOT NULL DEFAULT 'content' CHECK (origin IN ('content', 'admin')),
    updated_at      TEXT NOT NULL
);

CREATE TABLE programme_partners (
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    PRIMARY KEY (programme_id, position)
);

CREATE TABLE programme_municipalities (
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    municipality TEXT NOT NULL,
    PRIMARY KEY (programme_id, position)
);

CREATE TABLE locations (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    key             TEXT NOT NULL,
    address         TEXT,
    municipality    TEXT NOT NULL,
    latitude        REAL,
    longitude       REAL,
    UNIQUE (organization_id, key)
);

CREATE TABLE schedules (
    id               INTEGER PRIMARY KEY,
    location_id      INTEGER NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    weekday          INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens            TEXT NOT NULL,
    closes           TEXT NOT NULL,
    appointment_only INTEGER NOT NULL DEFAULT 0,
    valid_from       TEXT,
    valid_to         TEXT
);

CREATE TABLE services (
    id               INTEGER PRIMARY KEY,
    slug             TEXT NOT NULL UNIQUE,
    organization_id  INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    programme_id     INTEGER REFERENCES programmes (id) ON DELETE SET NULL,
    status           TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'ended')),
    access_mode      TEXT CHECK (access_mode IN ('walk-in', 'appointment', 'referral')),
    website          TEXT,
    email            TEXT,
    last_verified_at TEXT,
    last_verified_by TEXT,
    origin           TEXT NOT NULL DEFAULT 'content' CHECK (origin IN ('content', 'admin')),
    updated_at       TEXT NOT NULL
);

CREATE TABLE service_locations (
    service_id  INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    location_id INTEGER NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    PRIMARY KEY (service_id, location_id)
);

CREATE TABLE service_municipalities (
    service_id   INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    municipality TEXT NOT NULL,
    PRIMARY KEY (service_id, position)
);

CREATE TABLE service_languages (
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    lang       TEXT NOT NULL,
    PRIMARY KEY (service_id, lang)
);

CREATE TABLE categories (
    id       INTEGER PRIMARY KEY,
    slug     TEXT NOT NULL UNIQUE,
    icon     TEXT NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE target_groups (
    id       INTEGER PRIMARY KEY,
    slug     TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL
);

CREATE TABLE service_categories (
    service_id  INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    PRIMARY KEY (service_id, category_id)
);

CREATE TABLE service_target_groups (
    service_id      INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    target_group_id INTEGER NOT NULL REFERENCES target_groups (id) ON DELETE CASCADE,
    PRIMARY KEY (service_id, target_group_id)
);

-- Phones of an organisation or a service (owner_kind says which).
CREATE TABLE phones (
    id         INTEGER PRIMARY KEY,
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('organization', 'service')),
    owner_id   INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    number     TEXT NOT NULL
);
CREATE INDEX phones_owner ON phones (owner_kind, owner_id);

-- Documents to bring; the text of each is in `translations` (entity 'document').
CREATE TABLE documents (
    id         INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL
);

CREATE TABLE translations (
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL,
    field      TEXT NOT NULL,
    lang       TEXT NOT NULL CHECK (lang IN ('it', 'ro', 'ar', 'sq', 'zh')),
    text       TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('source', 'machine', 'confirmed')),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id, field, lang)
);

-- Which content files were imported, by hash: an unchanged file is not imported again.
CREATE TABLE content_files (
    path        TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

-- Bumped by every write; the search index records the version it was built from.
CREATE TABLE data_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);
