-- pool_seat_needs(lines jsonb): the seats that booking lines [{ticket_type_id, quantity}] take of each
-- capacity pool their ticket types are in (its own rows, or every ticket type of the event for an
-- event total, all_ticket_types), in pool id order (the lock order of pool counters), with the first
-- of those ticket types by id, which a refusal names. No pools, or no seats (lines booked from a code's
-- block, already counted in the pools): no rows.
-- Called by take_pool_seats and return_pool_seats.
CREATE OR REPLACE FUNCTION pool_seat_needs(lines jsonb)
RETURNS TABLE (pool_id uuid, seats int, ticket_type_id uuid)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY
  SELECT p.id, sum(l.quantity)::int, (array_agg(l.ticket_type_id ORDER BY l.ticket_type_id))[1]
  FROM jsonb_to_recordset(lines) AS l(ticket_type_id uuid, quantity int)
  -- Each line's ticket type by its key (OFFSET 0 keeps this a lookup per line): joined whole, the
  -- planner took the lines for a hundred rows and scanned ticket_type, which an on-sale's updates of
  -- one row bloat with dead versions, on every booking.
  CROSS JOIN LATERAL (SELECT tt.event_id FROM ticket_type tt WHERE tt.id = l.ticket_type_id OFFSET 0) tt
  JOIN capacity_pool p ON p.event_id = tt.event_id
  WHERE p.all_ticket_types
     OR EXISTS (SELECT 1 FROM capacity_pool_ticket_type m
                WHERE m.pool_id = p.id AND m.ticket_type_id = l.ticket_type_id)
  GROUP BY p.id
  HAVING sum(l.quantity) > 0
  ORDER BY p.id;
END $$;
