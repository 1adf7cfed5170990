import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * reserve_paid_booking(jsonb): a booking awaiting payment in ONE statement (the hot path of a sale).
 * It writes the booking, its lines and pending tickets, then holds each line's seats with one
 * conditional UPDATE, in ticket type id order (so concurrent reservations cannot deadlock). A single
 * statement is atomic, so a refusal leaves nothing behind and no BEGIN/COMMIT round trips are needed.
 * Refusals raise the SQLSTATEs BookingsService reads: ES001 (withdrawn, of another event or not enough
 * seats) and ES002 (price changed since the API read it), with the ticket type id as detail.
 * A booking reference already taken returns no row and writes nothing (the caller draws another).
 */
export class ReservePaidBookingFunction1795540000000 implements MigrationInterface {
  name = 'ReservePaidBookingFunction1795540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION reserve_paid_booking(request jsonb)
      RETURNS TABLE (reserved_id uuid, reserved_at timestamptz, reserved_ticket_ids uuid[])
      LANGUAGE plpgsql AS $$
      DECLARE
        new_id uuid;
        new_created_at timestamptz;
        new_ticket_ids uuid[];
        line record;
      BEGIN
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
    await queryRunner.query('DROP FUNCTION reserve_paid_booking(jsonb)');
  }
}
