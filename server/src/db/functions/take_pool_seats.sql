-- take_pool_seats(lines jsonb): takes the seats booking lines [{ticket_type_id, quantity}] need of every
-- capacity pool their ticket types are in (pool_seat_needs), one conditional UPDATE per pool in pool id
-- order. Returns null when every pool had the seats, else the ticket type (of the lines, in the first
-- pool short of seats) to name in the refusal; the caller then aborts, or rolls back to a savepoint:
-- the pools updated before it stay changed otherwise.
-- Lock order: called after the lines' ticket types were taken (ticket types in id order, then pools
-- in id order, then a code's row), by take_booking_seats and retakeSeats (seat-inventory.ts).
CREATE OR REPLACE FUNCTION take_pool_seats(lines jsonb)
RETURNS uuid
LANGUAGE plpgsql AS $$
DECLARE
  need record;
BEGIN
  FOR need IN SELECT * FROM pool_seat_needs(lines) LOOP
    UPDATE capacity_pool SET used_count = used_count + need.seats, updated_at = now()
    WHERE id = need.pool_id AND capacity - used_count >= need.seats;
    IF NOT FOUND THEN
      RETURN need.ticket_type_id;
    END IF;
  END LOOP;
  RETURN NULL;
END $$;
