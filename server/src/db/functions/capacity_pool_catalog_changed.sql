-- capacity_pool_catalog_changed(): trigger function that moves the catalog_version of the event whose
-- capacity pools changed on: a pool added, removed or changed (but its seat counter), or a ticket type
-- put in or taken out of one. Availability the site shows is the minimum over a ticket type and its
-- pools, so cached catalogs (CatalogSnapshots) must see such a change at once.
-- Called by the triggers of migration CapacityPoolsInCatalogVersion: capacity_pool_catalog_version
-- (AFTER INSERT OR DELETE), capacity_pool_catalog_version_update (every column but used_count and
-- updated_at, so the seat updates of every booking never reach it) and
-- capacity_pool_ticket_type_catalog_version (AFTER INSERT OR UPDATE OR DELETE).
CREATE OR REPLACE FUNCTION capacity_pool_catalog_changed()
RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  pool_ids uuid[] := '{}';
BEGIN
  IF TG_TABLE_NAME = 'capacity_pool' THEN
    IF TG_OP <> 'INSERT' THEN
      UPDATE "event" SET catalog_version = catalog_version + 1 WHERE id = OLD.event_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.event_id <> OLD.event_id) THEN
      UPDATE "event" SET catalog_version = catalog_version + 1 WHERE id = NEW.event_id;
    END IF;
    RETURN NULL;
  END IF;
  -- capacity_pool_ticket_type: the event of its pool (gone when the pool itself is being deleted,
  -- whose own trigger counted the change).
  IF TG_OP <> 'INSERT' THEN
    pool_ids := pool_ids || OLD.pool_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    pool_ids := pool_ids || NEW.pool_id;
  END IF;
  UPDATE "event" SET catalog_version = catalog_version + 1
  WHERE id IN (SELECT event_id FROM capacity_pool WHERE id = ANY(pool_ids));
  RETURN NULL;
END $$;
