-- What families and mediators say about a service: "was this useful?" and problem reports,
-- which wait in the organisation's verification queue until an editor marks them handled.
-- Nothing about who sent them: no address, no cookie. `visit` is a hash of the kiosk
-- visit's random id with the service, so one visit reports once per service; it means
-- nothing once the kiosk has forgotten the visit. Times are when, not who.
CREATE TABLE feedback (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    -- The service's slug: services are rewritten on every publication, their slugs stay.
    service         TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('useful', 'not-useful', 'closed', 'no-answer', 'no-help', 'language', 'wrong')),
    lang            TEXT NOT NULL CHECK (lang IN ('it', 'ro', 'ar', 'sq', 'zh')),
    -- The optional words, with what looked like a phone number or an e-mail masked.
    note            TEXT NOT NULL DEFAULT '',
    visit           TEXT UNIQUE,
    created_at      TEXT NOT NULL,
    handled_at      TEXT,
    handled_by      TEXT
);
CREATE INDEX feedback_open ON feedback (organization_id, handled_at);
CREATE INDEX feedback_created ON feedback (created_at);
