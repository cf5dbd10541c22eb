-- What a service asks of the person who goes: the documents to bring from the pictogram
-- list (`DocumentKind` words, in the partner's order) and who can go by legal situation
-- (`Situation` words). No row = not stated: nothing is guessed for existing entries.
CREATE TABLE service_required_documents (
    service_id BIGINT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    position   BIGINT NOT NULL,
    kind       TEXT NOT NULL,
    PRIMARY KEY (service_id, position)
);

CREATE TABLE service_situations (
    service_id BIGINT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    position   BIGINT NOT NULL,
    situation  TEXT NOT NULL,
    PRIMARY KEY (service_id, position)
);
