-- reserve_paid_booking(request jsonb): a booking awaiting payment in ONE statement, the hot path of a
-- sale (one round trip, atomic without BEGIN/COMMIT, so a refusal leaves nothing behind).
-- `request` is what BookingsService.reserve sends: reference, token_hash (the SHA-256 of the buyer's
-- secret token, never the token), event_id, catalog_version, buyer_name, buyer_email, total_minor,
-- currency, hold_expires_at, hold_deadline, voucher_id, voucher_code and voucher_uses (absent: no code),
-- lines [{ticket_type_id, quantity, unit_price_minor, unit_discount_minor (absent: 0)}] and
-- tickets [{ticket_type_id, attendee_name, attendee_email}] in position order, answers (see
-- store_booking_answers), and for the
-- open-booking caps buyer_email_key, client_address_key, seats and limits; rate_limit (absent: not
-- counted here) is the caller's checkout rate limit, charged first by charge_rate_limit (ES006 over it).
-- It refuses a request checked against another catalog version than the event's (ES003, the event
-- id as DETAIL) or over an open-booking cap (check_open_booking_limits: ES004), writes the
-- booking, its lines and pending tickets (its ticket types locked first), then holds the seats and takes its code's uses with take_booking_seats (ES001 / ES002, the ticket type id
-- as DETAIL; ES005, the voucher id). A booking reference already taken
-- returns no row and writes nothing but the rate limit's count (the caller draws another).
-- Called by BookingsService.reserve (RESERVE_PAID_BOOKING_SQL) for every paid booking.
CREATE OR REPLACE FUNCTION reserve_paid_booking(request jsonb)
RETURNS TABLE (reserved_id uuid, reserved_at timestamptz, reserved_ticket_ids uuid[])
LANGUAGE plpgsql AS $$
DECLARE
  new_id uuid;
  new_created_at timestamptz;
  new_ticket_ids uuid[];
BEGIN
  IF request ? 'rate_limit' THEN
    PERFORM charge_rate_limit(request->'rate_limit');
  END IF;
  -- The caller checked the request against the catalog as of catalog_version: nothing may have
  -- changed since (the seat counters aside, which take_booking_seats checks itself).
  PERFORM FROM "event"
  WHERE id = (request->>'event_id')::uuid AND catalog_version = (request->>'catalog_version')::int;
  IF NOT FOUND THEN
    RAISE EXCEPTION USING ERRCODE = 'ES003', MESSAGE = 'catalog changed', DETAIL = request->>'event_id';
  END IF;
  PERFORM check_open_booking_limits(request);
  -- The lines' ticket type rows are locked now, in id order (the lock order), with the lock
  -- take_booking_seats's UPDATE takes anyway. The booking's lines and tickets then reference rows
  -- this transaction holds, so their foreign-key checks add no shared lock next to another
  -- booking's update of the same row: that pair makes a multixact, and an on-sale's hot row piled
  -- them up, every booking reading more of them than the one before (pgbench, 8 clients: 640 to
  -- 4,200 SLRU reads per booking over 1,800 bookings; none with the lock first). Bookings of one
  -- ticket type wait for each other from here rather than from their seats: a few inserts longer.
  PERFORM FROM ticket_type
  WHERE id IN (SELECT (line->>'ticket_type_id')::uuid FROM jsonb_array_elements(request->'lines') AS line)
  ORDER BY id
  FOR NO KEY UPDATE;

  INSERT INTO booking (reference, token_hash, event_id, buyer_name, buyer_email, buyer_email_key,
                       client_address_key, status, total_minor, currency, hold_expires_at,
                       hold_deadline, voucher_id, voucher_code, voucher_uses)
  VALUES (request->>'reference', request->>'token_hash', (request->>'event_id')::uuid,
          request->>'buyer_name', request->>'buyer_email', request->>'buyer_email_key',
          request->>'client_address_key', 'AWAITING_PAYMENT',
          (request->>'total_minor')::int, request->>'currency',
          (request->>'hold_expires_at')::timestamptz, (request->>'hold_deadline')::timestamptz,
          (request->>'voucher_id')::uuid, request->>'voucher_code',
          coalesce((request->>'voucher_uses')::int, 0))
  ON CONFLICT DO NOTHING
  RETURNING id, created_at INTO new_id, new_created_at;
  IF new_id IS NULL THEN
    RETURN;
  END IF;

  INSERT INTO booking_line (booking_id, ticket_type_id, quantity, unit_price_minor, unit_discount_minor)
  SELECT new_id, l.ticket_type_id, l.quantity, l.unit_price_minor, coalesce(l.unit_discount_minor, 0)
  FROM jsonb_to_recordset(request->'lines')
       AS l(ticket_type_id uuid, quantity int, unit_price_minor int, unit_discount_minor int);

  WITH new_tickets AS (
    INSERT INTO ticket (booking_id, position, ticket_type_id, attendee_name, attendee_email, status)
    SELECT new_id, t.position - 1, t.ticket_type_id, t.attendee_name, t.attendee_email, 'PENDING'
    FROM ROWS FROM (jsonb_to_recordset(request->'tickets')
                      AS (ticket_type_id uuid, attendee_name text, attendee_email text))
         WITH ORDINALITY AS t(ticket_type_id, attendee_name, attendee_email, position)
    RETURNING id, position
  )
  SELECT coalesce(array_agg(id ORDER BY position), '{}') INTO new_ticket_ids FROM new_tickets;

  -- The answers to the event's questions (checked by the caller), with the booking or not at all.
  PERFORM store_booking_answers(new_id, new_ticket_ids, request->'answers');

  -- The seats (ticket types locked above, then pools and the code's row, in that order).
  PERFORM take_booking_seats(new_id);

  RETURN QUERY SELECT new_id, new_created_at, new_ticket_ids;
END $$;
