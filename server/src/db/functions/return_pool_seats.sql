-- return_pool_seats(lines jsonb): gives back the seats booking lines [{ticket_type_id, quantity}] took
-- of the capacity pools their ticket types are in (pool_seat_needs), in pool id order, after their
-- ticket types' counters (the lock order everywhere). Seats missing from a pool mean its counter is
-- corrupt: it raises, and the caller's transaction rolls back.
-- Called by releaseSeats and expireHoldsBatch (seat-inventory.ts).
CREATE OR REPLACE FUNCTION return_pool_seats(lines jsonb)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  need record;
BEGIN
  FOR need IN SELECT * FROM pool_seat_needs(lines) LOOP
    UPDATE capacity_pool SET used_count = used_count - need.seats, updated_at = now()
    WHERE id = need.pool_id AND used_count >= need.seats;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'seats of capacity pool % are missing', need.pool_id;
    END IF;
  END LOOP;
END $$;
