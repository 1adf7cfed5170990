-- use_booking_voucher(for_booking uuid): takes the uses of its code (voucher) that a booking counts
-- (booking.voucher_uses), with ONE conditional UPDATE of the code's row: only while the code is of the
-- booking's event, not disabled, and has that many uses left. Returns false when it cannot (the caller
-- refuses or undoes the booking), true when it did or the booking has no code.
-- Lock order: called after the booking's ticket types are taken (take_booking_seats, retakeSeats), so
-- every transaction locks ticket types (in id order) before a code's row, and cannot deadlock.
-- A code that reserves seats takes its uses from its block (reserved_seats, which take_booking_seats
-- has just moved into the booking), so it also needs that many seats left in the block.
-- The "never over-used" rule: no read-then-write; the voucher_used_within_max CHECK backs it up.
CREATE OR REPLACE FUNCTION use_booking_voucher(for_booking uuid)
RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM FROM booking WHERE id = for_booking AND voucher_id IS NOT NULL;
  IF NOT FOUND THEN
    RETURN true;
  END IF;
  UPDATE voucher v
  SET used_count = v.used_count + b.voucher_uses,
      reserved_seats = v.reserved_seats - CASE WHEN v.reserves_seats THEN b.voucher_uses ELSE 0 END,
      updated_at = now()
  FROM booking b
  WHERE b.id = for_booking AND v.id = b.voucher_id AND v.event_id = b.event_id
    AND v.disabled_at IS NULL
    AND (v.max_uses IS NULL OR v.used_count + b.voucher_uses <= v.max_uses)
    AND (NOT v.reserves_seats OR v.reserved_seats >= b.voucher_uses);
  RETURN FOUND;
END $$;
