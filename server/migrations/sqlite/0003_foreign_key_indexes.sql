-- Indexes on the foreign keys that had none. Without them every lookup of a service's
-- documents or a location's schedules, and every cascading delete, scanned the whole child
-- table: a search-index rebuild of 10,000 services spent three quarters of its time there.
CREATE INDEX programmes_organization ON programmes (organization_id);
CREATE INDEX locations_organization ON locations (organization_id);
CREATE INDEX schedules_location ON schedules (location_id);
CREATE INDEX services_organization ON services (organization_id);
CREATE INDEX services_programme ON services (programme_id);
CREATE INDEX service_locations_location ON service_locations (location_id);
CREATE INDEX documents_service ON documents (service_id);
