-- make_waiting_list_offers(for_event uuid, at timestamptz, only_entry uuid): offers seats free now to
-- the people waiting for the event's ticket types, in line (position, then created_at), in the
-- caller's transaction. Each offer holds its entry's quantity like a booking's hold: held_count of the
-- ticket type and used_count of every capacity pool it is in (pool_seat_needs), so the seats cannot
-- be sold to anyone else; the entry becomes OFFERED until at + the event's offer_hours. Per ticket
-- type it stops at the first entry whose seats are not all free: a later, smaller request never jumps
-- the line. The caller sets each offer's token hash (returned ids) in the same transaction.
-- Without only_entry it offers only when the event's automatic offers are on; with it (an organiser
-- offering by hand) it tries that WAITING entry alone, whatever its place.
-- Lock order, as everywhere: ticket types in id order, then pools in id order. Ticket types and pools
-- the caller does not hold are locked with SKIP LOCKED and left alone when another transaction has
-- them (a sale or release in flight, which makes its own offers or whose seats the sweep job offers
-- next), so this never waits while holding seats and cannot deadlock. Entries of a ticket type whose
-- row is held are locked FOR UPDATE: only a transaction holding that row offers its seats, so no seat
-- and no entry is offered twice.
-- A cancelled (or unpublished) event offers nothing: its bookings are being called off.
-- Called by WaitingListOffers (modules/waiting-list/waiting-list-offers.ts).
CREATE OR REPLACE FUNCTION make_waiting_list_offers(for_event uuid, at timestamptz, only_entry uuid)
RETURNS TABLE (entry_id uuid)
LANGUAGE plpgsql AS $$
DECLARE
  settings record;
  kind record;
  entry record;
  lines jsonb;
  pools_needed int;
  pools_free int;
BEGIN
  SELECT coalesce(s.enabled, true) AS enabled, coalesce(s.auto_offer, true) AS auto_offer,
         coalesce(s.offer_hours, 24) AS offer_hours, e.ends_at, e.status
  INTO settings
  FROM event e LEFT JOIN waiting_list_settings s ON s.event_id = e.id
  WHERE e.id = for_event;
  IF NOT FOUND OR settings.ends_at <= at OR settings.status <> 'PUBLISHED' OR (only_entry IS NULL AND NOT settings.auto_offer) THEN
    RETURN;
  END IF;
  FOR kind IN
    SELECT DISTINCT w.ticket_type_id FROM waiting_list_entry w
    WHERE w.event_id = for_event AND w.status = 'WAITING' AND (only_entry IS NULL OR w.id = only_entry)
    ORDER BY w.ticket_type_id
  LOOP
    PERFORM 1 FROM ticket_type tt WHERE tt.id = kind.ticket_type_id AND tt.is_active FOR UPDATE SKIP LOCKED;
    CONTINUE WHEN NOT FOUND;
    FOR entry IN
      SELECT w.id, w.quantity FROM waiting_list_entry w
      WHERE w.ticket_type_id = kind.ticket_type_id AND w.status = 'WAITING'
        AND (only_entry IS NULL OR w.id = only_entry)
      ORDER BY w.position, w.created_at, w.id
      FOR UPDATE
    LOOP
      lines := jsonb_build_array(jsonb_build_object('ticket_type_id', kind.ticket_type_id,
                                                    'quantity', entry.quantity));
      -- The pools, without waiting; all of them must have the seats before anything changes.
      SELECT count(*) INTO pools_needed FROM pool_seat_needs(lines);
      SELECT count(*) INTO pools_free FROM (
        SELECT p.id FROM capacity_pool p JOIN pool_seat_needs(lines) n ON n.pool_id = p.id
        WHERE p.capacity - p.used_count >= n.seats
        ORDER BY p.id FOR UPDATE OF p SKIP LOCKED) free;
      EXIT WHEN pools_free < pools_needed;
      UPDATE ticket_type SET held_count = held_count + entry.quantity, updated_at = now()
      WHERE id = kind.ticket_type_id AND capacity - sold_count - held_count >= entry.quantity;
      EXIT WHEN NOT FOUND;
      IF take_pool_seats(lines) IS NOT NULL THEN
        RAISE EXCEPTION 'capacity pool seats of ticket type % changed under a lock', kind.ticket_type_id;
      END IF;
      UPDATE waiting_list_entry
      SET status = 'OFFERED', offered_at = at,
          offer_expires_at = at + make_interval(hours => settings.offer_hours),
          -- A placeholder the caller replaces with the digest of the token it e-mails.
          offer_token_hash = 'pending:' || id, updated_at = now()
      WHERE id = entry.id;
      entry_id := entry.id;
      RETURN NEXT;
    END LOOP;
  END LOOP;
END $$;
