-- store_booking_answers(new_booking_id, new_ticket_ids, new_answers jsonb): a new booking's answers to
-- its event's questions, written in the booking's own statement or transaction (reserve_paid_booking
-- for a paid booking, BookingReservationService for a free one): a booking never exists without them.
-- `new_ticket_ids` are the booking's tickets in position order; `new_answers` is what
-- questions/answer-rules.ts made of the request, already checked: [{ticket_position (null: the
-- buyer's), question_id, text_value, number_value, date_value, boolean_value, choice_ids: [uuid], file_id}]
-- (a file_id already checked to be an unused upload for that question: question-files.service.ts).
CREATE OR REPLACE FUNCTION store_booking_answers(new_booking_id uuid, new_ticket_ids uuid[], new_answers jsonb)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  WITH given AS (
    SELECT CASE WHEN a.ticket_position IS NULL THEN NULL ELSE new_ticket_ids[a.ticket_position + 1] END AS ticket_id,
           a.question_id, a.text_value, a.number_value, a.date_value, a.boolean_value, a.file_id,
           coalesce(a.choice_ids, '[]') AS choice_ids
    FROM jsonb_to_recordset(coalesce(new_answers, '[]')) AS a(ticket_position int, question_id uuid,
           text_value text, number_value numeric, date_value date, boolean_value boolean, choice_ids jsonb,
           file_id uuid)
  ), written AS (
    INSERT INTO question_answer (booking_id, ticket_id, question_id, text_value, number_value, date_value,
                                 boolean_value, file_id)
    SELECT new_booking_id, g.ticket_id, g.question_id, g.text_value, g.number_value,
           g.date_value, g.boolean_value, g.file_id
    FROM given g
    RETURNING id, ticket_id, question_id
  )
  INSERT INTO question_answer_choice (answer_id, choice_id)
  SELECT w.id, picked.choice_id::uuid
  FROM written w
  JOIN given g ON g.question_id = w.question_id AND g.ticket_id IS NOT DISTINCT FROM w.ticket_id
  CROSS JOIN LATERAL jsonb_array_elements_text(g.choice_ids) AS picked(choice_id);
END $$;
