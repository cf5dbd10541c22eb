-- A translation made from an older Italian text is 'outdated' until a partner confirms or
-- rewrites it.
ALTER TABLE translations DROP CONSTRAINT translations_status_check;
ALTER TABLE translations ADD CONSTRAINT translations_status_check
    CHECK (status IN ('source', 'machine', 'confirmed', 'outdated'));

-- The social-services district a service or programme covers, where the source names the
-- district but not its comuni.
ALTER TABLE services ADD COLUMN district TEXT;
ALTER TABLE programmes ADD COLUMN district TEXT;
