-- release_voucher_blocks(at timestamptz, only_voucher uuid): gives the seats that codes reserved for
-- their holders (voucher.reserved_seats, counted in held_count of the code's ticket type) back to
-- general sale once the code can no longer be used: disabled, or its validity ended at `at`.
-- `only_voucher` limits it to one code (setVoucherDisabled); null: every code due (the sweep, run with
-- the hold expiry: expireDueHolds), to their ticket types and to the capacity pools those are in (the
-- block is counted there too). Lock order as everywhere: ticket types in id order, then their pools in
-- id order, then the codes in id order; each code is checked again under its lock, so sweeps running together release a block
-- once. Returns the seats released.
CREATE OR REPLACE FUNCTION release_voucher_blocks(at timestamptz, only_voucher uuid DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  due record;
  seats integer;
  block_type uuid;
  released integer := 0;
  locked uuid[];
BEGIN
  -- A code that became due after this lock is left for the next sweep (its type is not locked).
  locked := array(
    SELECT id FROM ticket_type
    WHERE id IN (SELECT v.ticket_type_ids[1] FROM voucher v
                 WHERE v.reserved_seats > 0 AND (v.disabled_at IS NOT NULL OR v.valid_until <= at)
                   AND (only_voucher IS NULL OR v.id = only_voucher))
    ORDER BY id
    FOR UPDATE);
  -- The blocks are counted in their ticket types' pools too: lock those before any code (lock order).
  PERFORM FROM capacity_pool
  WHERE id IN (SELECT pool_id FROM pool_seat_needs(
                 (SELECT coalesce(jsonb_agg(jsonb_build_object('ticket_type_id', t, 'quantity', 1)), '[]')
                  FROM unnest(locked) AS t)))
  ORDER BY id
  FOR UPDATE;
  FOR due IN
    SELECT v.id FROM voucher v
    WHERE v.reserved_seats > 0 AND (v.disabled_at IS NOT NULL OR v.valid_until <= at)
      AND (only_voucher IS NULL OR v.id = only_voucher) AND v.ticket_type_ids[1] = ANY (locked)
    ORDER BY v.id
  LOOP
    SELECT reserved_seats, ticket_type_ids[1] INTO seats, block_type FROM voucher
    WHERE id = due.id AND reserved_seats > 0 AND (disabled_at IS NOT NULL OR valid_until <= at)
    FOR UPDATE;
    IF FOUND THEN
      UPDATE voucher SET reserved_seats = 0, updated_at = now() WHERE id = due.id;
      UPDATE ticket_type SET held_count = held_count - seats, updated_at = now() WHERE id = block_type;
      PERFORM return_pool_seats(jsonb_build_array(jsonb_build_object('ticket_type_id', block_type, 'quantity', seats)));
      released := released + seats;
    END IF;
  END LOOP;
  RETURN released;
END $$;
