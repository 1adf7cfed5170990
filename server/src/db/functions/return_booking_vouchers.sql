-- return_booking_vouchers(for_bookings uuid[]): gives the uses of their codes back for bookings that
-- just gave their seats back (expired, released or cancelled), codes locked in id order. Called in the
-- same transaction, after the seats (ticket types before codes, the order use_booking_voucher keeps):
-- by the expiry sweep (expireHoldsBatch) and by BookingLifecycleService when seats are given back.
-- A code that reserves seats and is still valid (not disabled, validity not ended: its block is not
-- released) takes the seats back into its block: they were just given back to its ticket type (locked
-- by this transaction), so they go back into held_count for the code's holders, not on general sale,
-- and are taken again of the capacity pools of its ticket type (which the block is counted in).
CREATE OR REPLACE FUNCTION return_booking_vouchers(for_bookings uuid[])
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  returned record;
  to_block boolean;
  block_type uuid;
BEGIN
  FOR returned IN
    SELECT b.voucher_id, sum(b.voucher_uses)::int AS uses
    FROM booking b
    WHERE b.id = ANY (for_bookings) AND b.voucher_id IS NOT NULL AND b.voucher_uses > 0
    GROUP BY b.voucher_id
    ORDER BY b.voucher_id
  LOOP
    UPDATE voucher SET used_count = greatest(used_count - returned.uses, 0), updated_at = now()
    WHERE id = returned.voucher_id
    RETURNING reserves_seats AND disabled_at IS NULL AND valid_until > now(), ticket_type_ids[1]
    INTO to_block, block_type;
    IF to_block THEN
      UPDATE ticket_type SET held_count = held_count + returned.uses, updated_at = now()
      WHERE id = block_type AND capacity - sold_count - held_count >= returned.uses;
      IF FOUND THEN
        UPDATE voucher SET reserved_seats = reserved_seats + returned.uses
        WHERE id = returned.voucher_id;
        -- The block is counted in the type's pools: its seats, just given back to them by this
        -- transaction (which locked them then, before this code's row), are taken again.
        IF take_pool_seats(jsonb_build_array(
             jsonb_build_object('ticket_type_id', block_type, 'quantity', returned.uses))) IS NOT NULL THEN
          RAISE EXCEPTION 'seats returned to the capacity pools of ticket type % are missing', block_type;
        END IF;
      END IF;
    END IF;
  END LOOP;
END $$;
