-- take_booking_seats(for_booking uuid): takes the seats of a booking just written, as its lines say.
-- THE seat-taking rule: one conditional UPDATE per line, in ticket type id order (the lock order every
-- counter change follows, so concurrent bookings cannot deadlock), into held_count for a booking
-- awaiting payment, into sold_count for a confirmed (free) one. Refusals abort the statement and
-- carry the line's ticket type id as DETAIL (read by catalogRefusal in bookings.service.ts):
--   ES002  the ticket type's price is no longer the line's unit price;
--   ES001  otherwise withdrawn, of another event, or short of seats, or a capacity pool one of its
--          ticket types is in is short of seats (take_pool_seats, after the ticket types: pools in id
--          order), that pool's first ticket type of the booking as DETAIL;
--   ES005  the booking's code (voucher) is disabled or has not enough uses left (use_booking_voucher,
--          after the seats: ticket types before the code's row), the voucher id as DETAIL.
-- A line the booking's code reserves seats for (voucher.reserves_seats, its one ticket type) takes
-- them from the code's block, which is already counted in held_count: a held booking adds nothing to
-- held_count, a free one moves them to sold_count; use_booking_voucher then shrinks the block (or
-- refuses, which undoes this), so these seats never leave the block's holders or exceed capacity.
-- The block is counted in its ticket type's capacity pools too (reserveVoucherSeats), so such a line
-- takes no pool seats either: pools are charged quantity - from_block.
-- Called by reserve_paid_booking (a paid booking, one statement) and by BookingsService for a free
-- booking (`SELECT take_booking_seats($1)`, last in its transaction so the rows stay locked briefly).
CREATE OR REPLACE FUNCTION take_booking_seats(for_booking uuid)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  line record;
  short_pool_ticket_type uuid;
BEGIN
  FOR line IN
    SELECT l.ticket_type_id, l.quantity, l.unit_price_minor, b.event_id, b.status = 'CONFIRMED' AS sold,
           CASE WHEN l.ticket_type_id = ANY (v.ticket_type_ids) THEN l.quantity ELSE 0 END AS from_block
    FROM booking_line l JOIN booking b ON b.id = l.booking_id
    LEFT JOIN voucher v ON v.id = b.voucher_id AND v.reserves_seats
    WHERE b.id = for_booking
    ORDER BY l.ticket_type_id
  LOOP
    UPDATE ticket_type
    SET held_count = held_count + CASE WHEN line.sold THEN 0 ELSE line.quantity END - line.from_block,
        sold_count = sold_count + CASE WHEN line.sold THEN line.quantity ELSE 0 END,
        updated_at = now()
    WHERE id = line.ticket_type_id AND event_id = line.event_id AND is_active
      AND price_minor = line.unit_price_minor AND held_count >= line.from_block
      AND capacity - sold_count - held_count >= line.quantity - line.from_block;
    IF NOT FOUND THEN
      IF EXISTS (SELECT 1 FROM ticket_type
                 WHERE id = line.ticket_type_id AND price_minor <> line.unit_price_minor) THEN
        RAISE EXCEPTION USING ERRCODE = 'ES002', MESSAGE = 'price changed', DETAIL = line.ticket_type_id;
      END IF;
      RAISE EXCEPTION USING ERRCODE = 'ES001', MESSAGE = 'seats unavailable', DETAIL = line.ticket_type_id;
    END IF;
  END LOOP;
  -- Seats from the code's block are counted in the pools already (since the block was made).
  short_pool_ticket_type := take_pool_seats(
    (SELECT jsonb_agg(jsonb_build_object(
              'ticket_type_id', l.ticket_type_id,
              'quantity', l.quantity - CASE WHEN l.ticket_type_id = ANY (v.ticket_type_ids) THEN l.quantity ELSE 0 END))
     FROM booking_line l JOIN booking b ON b.id = l.booking_id
     LEFT JOIN voucher v ON v.id = b.voucher_id AND v.reserves_seats
     WHERE l.booking_id = for_booking));
  IF short_pool_ticket_type IS NOT NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'ES001', MESSAGE = 'seats unavailable', DETAIL = short_pool_ticket_type;
  END IF;
  IF NOT use_booking_voucher(for_booking) THEN
    RAISE EXCEPTION USING ERRCODE = 'ES005', MESSAGE = 'voucher used up',
      DETAIL = (SELECT voucher_id FROM booking WHERE id = for_booking);
  END IF;
END $$;
