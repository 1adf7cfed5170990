import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ReservePaidBookingFunction1795540000000 } from './1795540000000-ReservePaidBookingFunction';

/**
 * event.catalog_version: a number that changes with every change to an event or to its ticket types,
 * except the seat counters (held_count, sold_count and the updated_at those updates touch). Triggers
 * keep it, so no code path can forget to.
 *
 * It lets the booking path work from a briefly cached copy of the event and its ticket types (see
 * CatalogSnapshots): reserve_paid_booking now takes the version that copy was read at and refuses a
 * booking made against any other one (SQLSTATE ES003, the event id as detail), so a cached copy can
 * never sell under rules (status, visibility, key, prices, limits, sales window) that have changed.
 */
export class CatalogVersion1795541000000 implements MigrationInterface {
  name = 'CatalogVersion1795541000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event" ADD "catalog_version" integer NOT NULL DEFAULT 1`);

    await queryRunner.query(`
      CREATE FUNCTION event_catalog_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.catalog_version := OLD.catalog_version + 1;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER event_catalog_version BEFORE UPDATE ON "event"
      FOR EACH ROW EXECUTE FUNCTION event_catalog_changed()`);

    await queryRunner.query(`
      CREATE FUNCTION ticket_type_catalog_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE "event" SET catalog_version = catalog_version + 1 WHERE id = OLD.event_id;
        END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.event_id <> OLD.event_id) THEN
          UPDATE "event" SET catalog_version = catalog_version + 1 WHERE id = NEW.event_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER ticket_type_catalog_version_insert_delete AFTER INSERT OR DELETE ON "ticket_type"
      FOR EACH ROW EXECUTE FUNCTION ticket_type_catalog_changed()`);
    // Every column but the seat counters and the updated_at their updates touch: seat updates (every
    // booking) do not even reach the trigger, at no cost to them (a WHEN comparing whole rows as jsonb
    // cost seat updates 15% of their throughput). booking-catalog-snapshots.test.ts fails when a new
    // column is missing here.
    await queryRunner.query(`
      CREATE TRIGGER ticket_type_catalog_version_update
      AFTER UPDATE OF id, event_id, name, description, price_minor, capacity, min_per_order, max_per_order,
                      sales_start_at, sales_end_at, sort_order, is_active, created_at
      ON "ticket_type"
      FOR EACH ROW EXECUTE FUNCTION ticket_type_catalog_changed()`);

    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION reserve_paid_booking(request jsonb)
      RETURNS TABLE (reserved_id uuid, reserved_at timestamptz, reserved_ticket_ids uuid[])
      LANGUAGE plpgsql AS $$
      DECLARE
        new_id uuid;
        new_created_at timestamptz;
        new_ticket_ids uuid[];
        line record;
      BEGIN
        -- The caller checked the request against the catalog as of catalog_version: nothing may have
        -- changed since (the seat counters aside, which the seat UPDATEs below check themselves).
        PERFORM FROM "event"
        WHERE id = (request->>'event_id')::uuid AND catalog_version = (request->>'catalog_version')::int;
        IF NOT FOUND THEN
          RAISE EXCEPTION USING ERRCODE = 'ES003', MESSAGE = 'catalog changed', DETAIL = request->>'event_id';
        END IF;

        INSERT INTO booking (reference, token, event_id, buyer_name, buyer_email, status, total_minor,
                             currency, hold_expires_at)
        VALUES (request->>'reference', request->>'token', (request->>'event_id')::uuid,
                request->>'buyer_name', request->>'buyer_email', 'AWAITING_PAYMENT',
                (request->>'total_minor')::int, request->>'currency',
                (request->>'hold_expires_at')::timestamptz)
        ON CONFLICT DO NOTHING
        RETURNING id, created_at INTO new_id, new_created_at;
        IF new_id IS NULL THEN
          RETURN;
        END IF;

        INSERT INTO booking_line (booking_id, ticket_type_id, quantity, unit_price_minor)
        SELECT new_id, l.ticket_type_id, l.quantity, l.unit_price_minor
        FROM jsonb_to_recordset(request->'lines') AS l(ticket_type_id uuid, quantity int, unit_price_minor int);

        WITH new_tickets AS (
          INSERT INTO ticket (booking_id, position, ticket_type_id, attendee_name, attendee_email, status)
          SELECT new_id, t.position - 1, t.ticket_type_id, t.attendee_name, t.attendee_email, 'PENDING'
          FROM ROWS FROM (jsonb_to_recordset(request->'tickets')
                            AS (ticket_type_id uuid, attendee_name text, attendee_email text))
               WITH ORDINALITY AS t(ticket_type_id, attendee_name, attendee_email, position)
          RETURNING id, position
        )
        SELECT coalesce(array_agg(id ORDER BY position), '{}') INTO new_ticket_ids FROM new_tickets;

        -- The seats last, so the ticket type rows stay locked for as short a time as possible.
        FOR line IN
          SELECT l.ticket_type_id, l.quantity, l.unit_price_minor
          FROM jsonb_to_recordset(request->'lines') AS l(ticket_type_id uuid, quantity int, unit_price_minor int)
          ORDER BY l.ticket_type_id
        LOOP
          UPDATE ticket_type
          SET held_count = held_count + line.quantity, updated_at = now()
          WHERE id = line.ticket_type_id AND event_id = (request->>'event_id')::uuid AND is_active
            AND price_minor = line.unit_price_minor
            AND capacity - sold_count - held_count >= line.quantity;
          IF NOT FOUND THEN
            IF EXISTS (SELECT 1 FROM ticket_type
                       WHERE id = line.ticket_type_id AND price_minor <> line.unit_price_minor) THEN
              RAISE EXCEPTION USING ERRCODE = 'ES002', MESSAGE = 'price changed',
                DETAIL = line.ticket_type_id;
            END IF;
            RAISE EXCEPTION USING ERRCODE = 'ES001', MESSAGE = 'seats unavailable',
              DETAIL = line.ticket_type_id;
          END IF;
        END LOOP;

        RETURN QUERY SELECT new_id, new_created_at, new_ticket_ids;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Back to reserve_paid_booking as ReservePaidBookingFunction created it.
    await queryRunner.query('DROP FUNCTION reserve_paid_booking(jsonb)');
    await new ReservePaidBookingFunction1795540000000().up(queryRunner);
    await queryRunner.query('DROP TRIGGER ticket_type_catalog_version_update ON "ticket_type"');
    await queryRunner.query('DROP TRIGGER ticket_type_catalog_version_insert_delete ON "ticket_type"');
    await queryRunner.query('DROP FUNCTION ticket_type_catalog_changed()');
    await queryRunner.query('DROP TRIGGER event_catalog_version ON "event"');
    await queryRunner.query('DROP FUNCTION event_catalog_changed()');
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "catalog_version"`);
  }
}
