import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Any change to an event's capacity pools (a pool, its capacity, the ticket types in it) changes the
 * event's catalog_version, as changes to its ticket types do (migration CatalogVersion), so cached
 * copies of the catalog show the seats left under the new pools at once. Seat updates (used_count,
 * updated_at) do not reach the trigger. The function's current text is
 * db/functions/capacity_pool_catalog_changed.sql.
 */
export class CapacityPoolsInCatalogVersion1798800100000 implements MigrationInterface {
  name = 'CapacityPoolsInCatalogVersion1798800100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION capacity_pool_catalog_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
        IF TG_OP <> 'INSERT' THEN pool_ids := pool_ids || OLD.pool_id; END IF;
        IF TG_OP <> 'DELETE' THEN pool_ids := pool_ids || NEW.pool_id; END IF;
        UPDATE "event" SET catalog_version = catalog_version + 1
        WHERE id IN (SELECT event_id FROM capacity_pool WHERE id = ANY(pool_ids));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER capacity_pool_catalog_version AFTER INSERT OR DELETE ON "capacity_pool"
      FOR EACH ROW EXECUTE FUNCTION capacity_pool_catalog_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER capacity_pool_catalog_version_update
      AFTER UPDATE OF id, event_id, name, capacity, all_ticket_types, created_at ON "capacity_pool"
      FOR EACH ROW EXECUTE FUNCTION capacity_pool_catalog_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER capacity_pool_ticket_type_catalog_version
      AFTER INSERT OR UPDATE OR DELETE ON "capacity_pool_ticket_type"
      FOR EACH ROW EXECUTE FUNCTION capacity_pool_catalog_changed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DROP TRIGGER capacity_pool_ticket_type_catalog_version ON "capacity_pool_ticket_type"',
    );
    await queryRunner.query('DROP TRIGGER capacity_pool_catalog_version_update ON "capacity_pool"');
    await queryRunner.query('DROP TRIGGER capacity_pool_catalog_version ON "capacity_pool"');
    await queryRunner.query('DROP FUNCTION capacity_pool_catalog_changed()');
  }
}
