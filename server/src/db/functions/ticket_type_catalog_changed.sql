-- ticket_type_catalog_changed(): trigger function that moves the catalog_version of the event(s) a
-- ticket type belongs (or belonged) to on, when a ticket type is added, removed or changed.
-- Called by the triggers of migration CatalogVersion: ticket_type_catalog_version_insert_delete
-- (AFTER INSERT OR DELETE) and ticket_type_catalog_version_update, which lists every column but the
-- seat counters (held_count, sold_count) and updated_at, so the seat updates of every booking never
-- reach it. A column added to ticket_type needs a migration that adds it to that list
-- (booking-catalog-snapshots.test.ts fails until it is there).
CREATE OR REPLACE FUNCTION ticket_type_catalog_changed()
RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE "event" SET catalog_version = catalog_version + 1 WHERE id = OLD.event_id;
  END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.event_id <> OLD.event_id) THEN
    UPDATE "event" SET catalog_version = catalog_version + 1 WHERE id = NEW.event_id;
  END IF;
  RETURN NULL;
END $$;
