-- return_booking_vouchers(for_bookings uuid[]): gives the uses of their codes back for bookings that
-- just gave their seats back (expired, released or cancelled), codes locked in id order. Called in the
-- same transaction, after the seats (ticket types before codes, the order use_booking_voucher keeps):
-- by the expiry sweep (expireHoldsBatch) and by BookingLifecycleService when seats are given back.
CREATE OR REPLACE FUNCTION return_booking_vouchers(for_bookings uuid[])
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  returned record;
BEGIN
  FOR returned IN
    SELECT b.voucher_id, sum(b.voucher_uses)::int AS uses
    FROM booking b
    WHERE b.id = ANY (for_bookings) AND b.voucher_id IS NOT NULL AND b.voucher_uses > 0
    GROUP BY b.voucher_id
    ORDER BY b.voucher_id
  LOOP
    UPDATE voucher SET used_count = greatest(used_count - returned.uses, 0), updated_at = now()
    WHERE id = returned.voucher_id;
  END LOOP;
END $$;
