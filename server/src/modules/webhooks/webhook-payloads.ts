/**
 * What each webhook event says (docs/webhooks.md has an example of each): ids, references, amounts in
 * minor units with their ISO 4217 currency, times in UTC (ISO 8601). No personal data (names, e-mail
 * addresses, answers): a receiver that needs them reads the booking with an API token. Each function
 * is a step of the unit of work that made the change, called by name where it happens.
 */
import type { EntityManager } from 'typeorm';
import type { Transaction } from '../../db/unit-of-work';
import { WebhookEventType } from './webhook-event-types';
import { recordWebhookEvent } from './webhook-outbox';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** The event fields every payload about an event, or about a booking for one, carries. */
const EVENT_COLUMNS = `e.id AS event_id, e.slug AS event_slug, e.title AS event_title, e.status AS event_status,
  e.visibility AS event_visibility, e.starts_at AS event_starts_at, e.ends_at AS event_ends_at,
  e.time_zone AS event_time_zone, e.currency AS event_currency`;

type Row = Record<string, unknown>;

function eventOf(row: Row) {
  return {
    id: row.event_id,
    slug: row.event_slug,
    title: row.event_title,
    status: row.event_status,
    visibility: row.event_visibility,
    startsAt: iso(row.event_starts_at as Date),
    endsAt: iso(row.event_ends_at as Date),
    timeZone: row.event_time_zone,
    currency: row.event_currency,
  };
}

async function bookingRow(manager: EntityManager, bookingId: string): Promise<Row> {
  const [row] = (await manager.query(
    `SELECT b.id, b.reference, b.status, b.total_minor, b.currency, b.created_at, b.confirmed_at, b.cancelled_at,
            (SELECT count(*)::int FROM ticket t WHERE t.booking_id = b.id AND t.status <> 'VOID') AS ticket_count,
            (SELECT coalesce(sum(r.amount_minor), 0)::int FROM booking_refund r WHERE r.booking_id = b.id) AS refunded_minor,
            ${EVENT_COLUMNS}
       FROM booking b JOIN event e ON e.id = b.event_id WHERE b.id = $1`,
    [bookingId],
  )) as Row[];
  if (!row) throw new Error(`webhook payload: no booking ${bookingId}`);
  return row;
}

function bookingOf(row: Row) {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    eventId: row.event_id,
    totalMinor: row.total_minor,
    refundedMinor: row.refunded_minor,
    currency: row.currency,
    ticketCount: row.ticket_count,
    createdAt: iso(row.created_at as Date),
    confirmedAt: iso(row.confirmed_at as Date | null),
    cancelledAt: iso(row.cancelled_at as Date | null),
  };
}

async function bookingData(manager: EntityManager, bookingId: string) {
  const row = await bookingRow(manager, bookingId);
  return { booking: bookingOf(row), event: eventOf(row) };
}

/** booking.confirmed / booking.cancelled, in the transaction that confirmed or cancelled it. */
export function bookingWebhookEvent(
  tx: Transaction,
  type: WebhookEventType.BOOKING_CONFIRMED | WebhookEventType.BOOKING_CANCELLED,
  bookingId: string,
): Promise<void> {
  return recordWebhookEvent(tx, type, bookingId, () => bookingData(tx.manager, bookingId));
}

/** booking.refunded, once per refund, in the transaction that recorded it. */
export function bookingRefundedWebhookEvent(
  tx: Transaction,
  bookingId: string,
  refund: { id: string; amountMinor: number; currency: string },
): Promise<void> {
  return recordWebhookEvent(tx, WebhookEventType.BOOKING_REFUNDED, bookingId, async () => {
    const data = await bookingData(tx.manager, bookingId);
    return {
      ...data,
      refund: {
        id: refund.id,
        amountMinor: refund.amountMinor,
        currency: refund.currency,
        full: data.booking.status === 'REFUNDED',
      },
    };
  });
}

/** ticket.checked_in, in the check-in's transaction (ordered with its booking's events). */
export async function ticketCheckedInWebhookEvent(tx: Transaction, ticketId: string): Promise<void> {
  const [ticket] = (await tx.manager.query(
    'SELECT id, booking_id, ticket_type_id, checked_in_at FROM ticket WHERE id = $1',
    [ticketId],
  )) as Row[];
  if (!ticket) throw new Error(`webhook payload: no ticket ${ticketId}`);
  const bookingId = ticket.booking_id as string;
  await recordWebhookEvent(tx, WebhookEventType.TICKET_CHECKED_IN, bookingId, async () => {
    const row = await bookingRow(tx.manager, bookingId);
    return {
      ticket: {
        id: ticket.id,
        bookingId,
        ticketTypeId: ticket.ticket_type_id,
        checkedInAt: iso(ticket.checked_in_at as Date),
      },
      booking: { id: row.id, reference: row.reference },
      event: eventOf(row),
    };
  });
}

/** waiver.signed for a ticket's waiver, in the signing's (or the paper waiver's) transaction. */
export async function waiverSignedWebhookEvent(tx: Transaction, ticketId: string): Promise<void> {
  const [signature] = (await tx.manager.query(
    `SELECT s.id, s.ticket_id, s.signed_at, s.method, t.booking_id
       FROM waiver_signature s JOIN ticket t ON t.id = s.ticket_id WHERE s.ticket_id = $1`,
    [ticketId],
  )) as Row[];
  if (!signature) throw new Error(`webhook payload: no waiver signature for ticket ${ticketId}`);
  const bookingId = signature.booking_id as string;
  await recordWebhookEvent(tx, WebhookEventType.WAIVER_SIGNED, bookingId, async () => {
    const row = await bookingRow(tx.manager, bookingId);
    return {
      waiver: {
        id: signature.id,
        ticketId: signature.ticket_id,
        bookingId,
        signedAt: iso(signature.signed_at as Date),
        method: signature.method,
      },
      booking: { id: row.id, reference: row.reference },
      event: eventOf(row),
    };
  });
}

/** waiting_list.offered, in the transaction that made the offer. */
export function waitingListOfferedWebhookEvent(tx: Transaction, entryId: string): Promise<void> {
  return recordWebhookEvent(tx, WebhookEventType.WAITING_LIST_OFFERED, entryId, async () => {
    const [row] = (await tx.manager.query(
      `SELECT w.id, w.ticket_type_id, w.quantity, w.offered_at, w.offer_expires_at, ${EVENT_COLUMNS}
         FROM waiting_list_entry w JOIN event e ON e.id = w.event_id WHERE w.id = $1`,
      [entryId],
    )) as Row[];
    if (!row) throw new Error(`webhook payload: no waiting-list entry ${entryId}`);
    return {
      offer: {
        id: row.id,
        ticketTypeId: row.ticket_type_id,
        quantity: row.quantity,
        offeredAt: iso(row.offered_at as Date),
        expiresAt: iso(row.offer_expires_at as Date),
      },
      event: eventOf(row),
    };
  });
}

/** event.published / event.updated / event.cancelled, in the admin change's transaction. */
export function eventWebhookEvent(
  tx: Transaction,
  type: WebhookEventType.EVENT_PUBLISHED | WebhookEventType.EVENT_UPDATED | WebhookEventType.EVENT_CANCELLED,
  eventId: string,
): Promise<void> {
  return recordWebhookEvent(tx, type, eventId, async () => {
    const [row] = (await tx.manager.query(`SELECT ${EVENT_COLUMNS} FROM event e WHERE e.id = $1`, [
      eventId,
    ])) as Row[];
    if (!row) throw new Error(`webhook payload: no event ${eventId}`);
    return { event: eventOf(row) };
  });
}
