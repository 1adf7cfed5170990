-- check_open_booking_limits(request jsonb): the caps on bookings that take an event's seats without
-- payment (holds awaiting payment, and free bookings, which never expire), checked for a booking about
-- to be written, in its transaction. `request` carries event_id, buyer_email_key, client_address_key
-- (null: not counted per address), seats (of the new booking) and limits {per_email, per_address,
-- seats} (null: no caps, as a caller from before the caps sends).
-- It first takes a transaction advisory lock per (event, e-mail) and (event, address), in key order,
-- so two bookings of one buyer take turns and the second counts the first: neither can slip under a
-- cap together. Over a cap it raises ES004 with the caps exceeded as DETAIL, comma-separated, of
-- email_bookings, email_seats, address_bookings, address_seats (read by seatsRefusal).
-- Called by reserve_paid_booking and, for a free booking, by BookingReservationService before it
-- writes the booking; both take the ticket type rows after it, so the lock order is always the same.
CREATE OR REPLACE FUNCTION check_open_booking_limits(request jsonb)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  for_event uuid := (request->>'event_id')::uuid;
  email_key text := request->>'buyer_email_key';
  address_key text := request->>'client_address_key';
  new_seats int := (request->>'seats')::int;
  limits jsonb := request->'limits';
  lock_key bigint;
  email_bookings int;
  email_seats int;
  address_bookings int;
  address_seats int;
  exceeded text[] := '{}';
BEGIN
  IF limits IS NULL OR jsonb_typeof(limits) <> 'object' THEN
    RETURN;
  END IF;
  FOR lock_key IN
    SELECT hashtextextended('open-bookings:' || for_event || ':' || k, 0)
    FROM unnest(ARRAY['email:' || email_key, 'address:' || address_key]) AS k
    WHERE k IS NOT NULL
    ORDER BY 1
  LOOP
    PERFORM pg_advisory_xact_lock(lock_key);
  END LOOP;

  -- A new snapshot after the locks: what the previous holder of a lock wrote is seen. Each key is
  -- looked up on the expression of its own index (booking_open_email_idx, booking_open_address_idx),
  -- which only rows with that key are in, so no other index can serve it: a plan made before the
  -- table has statistics (an on-sale's first bookings, cached for the connection) otherwise read
  -- every open booking on each call, so each booking cost more than the one before. A null key
  -- matches nothing.
  SELECT count(*) FILTER (WHERE open.by_email),
         coalesce(sum(s.seats) FILTER (WHERE open.by_email), 0),
         count(*) FILTER (WHERE NOT open.by_email),
         coalesce(sum(s.seats) FILTER (WHERE NOT open.by_email), 0)
  INTO email_bookings, email_seats, address_bookings, address_seats
  FROM (SELECT b.id, true AS by_email FROM booking b
        WHERE b.event_id::text || ' ' || b.buyer_email_key = for_event::text || ' ' || email_key
          AND (b.status = 'AWAITING_PAYMENT' OR (b.status = 'CONFIRMED' AND b.total_minor = 0))
        UNION ALL
        SELECT b.id, false FROM booking b
        WHERE b.event_id::text || ' ' || b.client_address_key = for_event::text || ' ' || address_key
          AND (b.status = 'AWAITING_PAYMENT' OR (b.status = 'CONFIRMED' AND b.total_minor = 0))) open
  CROSS JOIN LATERAL (SELECT sum(l.quantity) AS seats FROM booking_line l WHERE l.booking_id = open.id) s;

  IF email_key IS NOT NULL AND email_bookings + 1 > (limits->>'per_email')::int THEN
    exceeded := array_append(exceeded, 'email_bookings');
  END IF;
  IF email_key IS NOT NULL AND email_seats + new_seats > (limits->>'seats')::int THEN
    exceeded := array_append(exceeded, 'email_seats');
  END IF;
  IF address_key IS NOT NULL AND address_bookings + 1 > (limits->>'per_address')::int THEN
    exceeded := array_append(exceeded, 'address_bookings');
  END IF;
  IF address_key IS NOT NULL AND address_seats + new_seats > (limits->>'seats')::int THEN
    exceeded := array_append(exceeded, 'address_seats');
  END IF;
  IF cardinality(exceeded) > 0 THEN
    RAISE EXCEPTION USING ERRCODE = 'ES004', MESSAGE = 'open booking limit',
      DETAIL = array_to_string(exceeded, ',');
  END IF;
END $$;
