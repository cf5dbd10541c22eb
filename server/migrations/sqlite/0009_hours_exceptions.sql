-- Exceptions to a location's weekly hours. Public holidays and the comune's patron-saint
-- day close it unless `open_on_holidays` says otherwise; `location_closures` holds the
-- days the partner says it is closed (summer, single days), `starts` and `ends` included,
-- as YYYY-MM-DD.
ALTER TABLE locations ADD COLUMN open_on_holidays INTEGER NOT NULL DEFAULT 0;

CREATE TABLE location_closures (
    id          INTEGER PRIMARY KEY,
    location_id INTEGER NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    starts      TEXT NOT NULL,
    ends        TEXT NOT NULL CHECK (ends >= starts)
);
CREATE INDEX location_closures_location ON location_closures (location_id);
