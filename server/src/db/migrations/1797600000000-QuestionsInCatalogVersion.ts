import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Any change to an event's checkout questions (a question, its choices, the ticket types it is asked
 * for) changes the event's catalog_version, as changes to its ticket types do (migration
 * CatalogVersion). The booking path checks answers against questions kept with its short-lived copy
 * of the catalog; reserve_paid_booking refuses a booking checked against another version, so a
 * booking is never taken against questions that have since changed (a new required one, say).
 * The function's current text is db/functions/question_catalog_changed.sql.
 */
export class QuestionsInCatalogVersion1797600000000 implements MigrationInterface {
  name = 'QuestionsInCatalogVersion1797600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION question_catalog_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
        -- question_choice and question_ticket_type: the event of their question (gone when the
        -- question itself is being deleted, whose own trigger counted the change).
        IF TG_OP <> 'INSERT' THEN question_ids := question_ids || OLD.question_id; END IF;
        IF TG_OP <> 'DELETE' THEN question_ids := question_ids || NEW.question_id; END IF;
        UPDATE "event" SET catalog_version = catalog_version + 1
        WHERE id IN (SELECT event_id FROM question WHERE id = ANY(question_ids));
        RETURN NULL;
      END $$`);
    for (const table of ['question', 'question_choice', 'question_ticket_type']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_catalog_version AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION question_catalog_changed()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['question', 'question_choice', 'question_ticket_type']) {
      await queryRunner.query(`DROP TRIGGER ${table}_catalog_version ON "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION question_catalog_changed()');
  }
}
