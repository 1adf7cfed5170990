-- question_catalog_changed(): trigger function that moves the catalog_version of the event whose
-- checkout questions changed on: a question, one of its choices or the ticket types it is asked for
-- added, removed or changed. The booking path checks answers against questions kept with its copy
-- of the catalog, so such a change must refuse bookings checked against the old ones.
-- Called by the triggers of migration QuestionsInCatalogVersion on question, question_choice and
-- question_ticket_type (AFTER INSERT OR UPDATE OR DELETE, each row).
CREATE OR REPLACE FUNCTION question_catalog_changed()
RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  question_ids uuid[] := '{}';
BEGIN
  IF TG_TABLE_NAME = 'question' THEN
    IF TG_OP <> 'INSERT' THEN
      UPDATE "event" SET catalog_version = catalog_version + 1 WHERE id = OLD.event_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.event_id <> OLD.event_id) THEN
      UPDATE "event" SET catalog_version = catalog_version + 1 WHERE id = NEW.event_id;
    END IF;
    RETURN NULL;
  END IF;
  -- question_choice and question_ticket_type: the event of their question (gone when the question
  -- itself is being deleted, whose own trigger counted the change).
  IF TG_OP <> 'INSERT' THEN
    question_ids := question_ids || OLD.question_id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    question_ids := question_ids || NEW.question_id;
  END IF;
  UPDATE "event" SET catalog_version = catalog_version + 1
  WHERE id IN (SELECT event_id FROM question WHERE id = ANY(question_ids));
  RETURN NULL;
END $$;
