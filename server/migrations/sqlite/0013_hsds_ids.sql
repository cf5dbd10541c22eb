-- Open Referral (HSDS) ids: every organisation, service, programme and location row carries
-- the UUID it is published under (content/ids.rs: the document's own, or derived from the
-- slug), written with the row; rows of an older version get theirs at start-up.
ALTER TABLE organizations ADD COLUMN uuid TEXT;
ALTER TABLE services ADD COLUMN uuid TEXT;
ALTER TABLE programmes ADD COLUMN uuid TEXT;
ALTER TABLE locations ADD COLUMN uuid TEXT;
CREATE UNIQUE INDEX organizations_uuid ON organizations (uuid);
CREATE UNIQUE INDEX services_uuid ON services (uuid);
CREATE UNIQUE INDEX programmes_uuid ON programmes (uuid);
CREATE UNIQUE INDEX locations_uuid ON locations (uuid);
