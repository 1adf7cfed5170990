/**
 * Who a reminder or a message reaches: the people of an event's bookings, as one SQL query shared by
 * reminders (reminder-sending.service.ts) and messages (event-message-sending.service.ts), so the
 * preview's count, the sending and the progress agree. A recipient is one address of one booking:
 * the buyer (BUYERS), or each distinct address among the attendees, an attendee without an address
 * of their own counting as the buyer's (ATTENDEES). Its key, `<bookingId>:<address in lower case>`,
 * is what the unique (rule or message, recipient) pairs are made of.
 */
import type { EntityManager } from 'typeorm';
import { BookingStatus, VALID_TICKET_STATUSES } from '../bookings/booking-status';
import { CheckInFilter, WaiverFilter, type RecipientFilter } from './event-message.entity';
import { MessageAudience } from './reminder-rule.entity';

export interface Recipient {
  recipientKey: string;
  bookingId: string;
  bookingReference: string;
  address: string;
  /** The buyer's name, or the attendee's (the first, when several share an address). */
  name: string;
  /** The address is the buyer's: the e-mail may carry the booking's link. */
  isBuyer: boolean;
  /** The matching tickets the recipient holds (all the booking's for a buyer), in booking order. */
  ticketIds: string[];
}

/** What reminders reach: valid tickets (confirmed or partly refunded bookings) of the chosen types. */
export function reminderFilter(ticketTypeIds: string[]): RecipientFilter {
  return {
    ticketTypeIds,
    bookingStatuses: [...VALID_TICKET_STATUSES],
    checkIn: CheckInFilter.ANY,
    waiver: WaiverFilter.ANY,
  };
}

/** A message's default: everyone holding a valid ticket. */
export const DEFAULT_MESSAGE_STATUSES: BookingStatus[] = [...VALID_TICKET_STATUSES];

export interface RecipientQuery {
  eventId: string;
  audience: MessageAudience;
  filter: RecipientFilter;
  /** Leave out recipients already in this table for this owner (a reminder rule or a message). */
  excludeSent?: { table: 'reminder_delivery' | 'event_message_recipient'; ownerId: string };
  /** Leave out addresses that unsubscribed from the event's messages. */
  honourUnsubscribes?: boolean;
  /** Only bookings confirmed by then (a reminder skips bookings made after its time). */
  confirmedBy?: Date | null;
  limit?: number;
}

const ADDRESS_SQL = `CASE WHEN $2 = 'BUYERS' THEN b.buyer_email ELSE coalesce(t.attendee_email, b.buyer_email) END`;

/** The SELECT behind `findRecipients` and `countRecipients`; parameters $1..$8 (see `parameters`). */
function recipientsSql(query: RecipientQuery): string {
  const owner = query.excludeSent;
  const ownerColumn = owner?.table === 'reminder_delivery' ? 'rule_id' : 'message_id';
  return `
    SELECT b.id || ':' || lower(${ADDRESS_SQL}) AS recipient_key,
           b.id AS booking_id, b.reference AS booking_reference,
           min(${ADDRESS_SQL}) AS address,
           CASE WHEN lower(min(${ADDRESS_SQL})) = lower(b.buyer_email) THEN b.buyer_name
                ELSE min(t.attendee_name) END AS name,
           lower(min(${ADDRESS_SQL})) = lower(b.buyer_email) AS is_buyer,
           array_agg(t.id ORDER BY t.position) AS ticket_ids,
           min(b.created_at) AS booked_at
      FROM ticket t
      JOIN booking b ON b.id = t.booking_id
     WHERE b.event_id = $1
       AND b.status = ANY($3::booking_status[])
       AND (t.status = 'ISSUED' OR NOT b.status = ANY($7::booking_status[]))
       AND ($8::timestamptz IS NULL OR b.confirmed_at <= $8)
       AND (cardinality($4::uuid[]) = 0 OR t.ticket_type_id = ANY($4::uuid[]))
       AND ($5 = 'ANY' OR ($5 = 'CHECKED_IN') = (t.checked_in_at IS NOT NULL))
       AND ($6 = 'ANY'
            OR ($6 = 'SIGNED' AND EXISTS (SELECT 1 FROM waiver_signature s WHERE s.ticket_id = t.id AND s.signed_at IS NOT NULL))
            OR ($6 = 'UNSIGNED' AND EXISTS (SELECT 1 FROM waiver_signature s WHERE s.ticket_id = t.id AND s.signed_at IS NULL)))
       ${
         query.honourUnsubscribes
           ? `AND NOT EXISTS (SELECT 1 FROM event_unsubscribe u WHERE u.event_id = b.event_id AND u.address_key = lower(${ADDRESS_SQL}))`
           : ''
       }
     GROUP BY b.id, lower(${ADDRESS_SQL})
     ${
       owner
         ? `HAVING NOT EXISTS (SELECT 1 FROM ${owner.table} sent WHERE sent.${ownerColumn} = '${owner.ownerId}'::uuid AND sent.recipient_key = b.id || ':' || lower(min(${ADDRESS_SQL})))`
         : ''
     }`;
}

function parameters(query: RecipientQuery): unknown[] {
  return [
    query.eventId,
    query.audience,
    query.filter.bookingStatuses,
    query.filter.ticketTypeIds,
    query.filter.checkIn,
    query.filter.waiver,
    VALID_TICKET_STATUSES,
    query.confirmedBy ?? null,
  ];
}

interface RecipientRow {
  recipient_key: string;
  booking_id: string;
  booking_reference: string;
  address: string;
  name: string;
  is_buyer: boolean;
  ticket_ids: string[];
}

/** The recipients, oldest booking first (stable, so batches proceed through the list). */
export async function findRecipients(manager: EntityManager, query: RecipientQuery): Promise<Recipient[]> {
  if (query.excludeSent && !/^[0-9a-f-]{36}$/i.test(query.excludeSent.ownerId)) {
    throw new Error('excludeSent.ownerId must be a uuid');
  }
  const rows = (await manager.query(
    `${recipientsSql(query)} ORDER BY booked_at, recipient_key ${query.limit ? `LIMIT ${Math.floor(query.limit)}` : ''}`,
    parameters(query),
  )) as RecipientRow[];
  return rows.map((row) => ({
    recipientKey: row.recipient_key,
    bookingId: row.booking_id,
    bookingReference: row.booking_reference,
    address: row.address,
    name: row.name,
    isBuyer: row.is_buyer,
    ticketIds: row.ticket_ids,
  }));
}

/** How many recipients the query matches. */
export async function countRecipients(manager: EntityManager, query: RecipientQuery): Promise<number> {
  const [{ count }] = (await manager.query(
    `SELECT count(*)::int AS count FROM (${recipientsSql(query)}) AS recipients`,
    parameters(query),
  )) as { count: number }[];
  return count;
}
