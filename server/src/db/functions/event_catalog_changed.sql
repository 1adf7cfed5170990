-- event_catalog_changed(): trigger function that moves event.catalog_version on with every update of
-- an event row (its own catalog changes, and the bumps ticket_type_catalog_changed makes).
-- Called by the trigger event_catalog_version (BEFORE UPDATE ON event, migration CatalogVersion).
-- reserve_paid_booking refuses a booking checked against another version (ES003), so a briefly
-- cached copy of the catalog (CatalogSnapshots) can never sell under changed rules.
CREATE OR REPLACE FUNCTION event_catalog_changed()
RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.catalog_version := OLD.catalog_version + 1;
  RETURN NEW;
END $$;
