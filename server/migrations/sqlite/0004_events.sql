-- Events: courses, meetings and desk days, on a day or (when the source gives only the
-- month) in a month. Texts (name, description, place) live in `translations` (entity 'event').
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    slug            TEXT NOT NULL UNIQUE,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    programme_id    INTEGER REFERENCES programmes (id) ON DELETE SET NULL,
    location_id     INTEGER REFERENCES locations (id) ON DELETE SET NULL,
    audience        TEXT NOT NULL CHECK (audience IN ('public', 'professionals')),
    start_date      TEXT NOT NULL,
    end_date        TEXT,
    start_time      TEXT,
    end_time        TEXT,
    municipality    TEXT,
    origin          TEXT NOT NULL DEFAULT 'content' CHECK (origin IN ('content', 'admin')),
    updated_at      TEXT NOT NULL
);
CREATE INDEX events_organization ON events (organization_id);
CREATE INDEX events_programme ON events (programme_id);
CREATE INDEX events_location ON events (location_id);
CREATE INDEX events_start_date ON events (start_date);

CREATE TABLE event_categories (
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, category_id)
);

CREATE TABLE event_languages (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    lang     TEXT NOT NULL,
    PRIMARY KEY (event_id, lang)
);
