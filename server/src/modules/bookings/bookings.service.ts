/**
 * Bookings: reserving seats, confirming, releasing and expiring holds. Every change of seat counters
 * is one conditional statement per ticket type, inside a short transaction with no network call, and
 * ticket types are always touched in id order so concurrent transactions cannot deadlock.
 *
 * State machine (seats: held = counted in ticket_type.held_count, sold = in sold_count):
 *
 *   createBooking, total > 0          -> AWAITING_PAYMENT (held)
 *   createBooking, total 0            -> CONFIRMED (sold, tickets issued)
 *   AWAITING_PAYMENT  markPaymentStarted  -> AWAITING_PAYMENT, hold extended, provider order stored
 *   AWAITING_PAYMENT  markPaymentPending  -> PAYMENT_PENDING (held; never swept)
 *   AWAITING_PAYMENT, PAYMENT_PENDING  confirmPaidBooking -> CONFIRMED (held -> sold, tickets issued)
 *   AWAITING_PAYMENT, PAYMENT_PENDING  releaseHold        -> CANCELLED (seats given back)
 *   AWAITING_PAYMENT  expireHolds, hold ran out            -> EXPIRED (seats given back)
 *   EXPIRED  confirmPaidBooking, seats still free -> CONFIRMED (sold again); seats gone -> HOLD_LOST
 *   EXPIRED  markPaymentPending, seats still free -> PAYMENT_PENDING (held again); gone -> HOLD_LOST
 *   CANCELLED  confirmPaidBooking / markPaymentPending -> HOLD_LOST (the buyer called it off: refund)
 *   CONFIRMED, PARTIALLY_REFUNDED  recordRefund of its own capture -> PARTIALLY_REFUNDED / REFUNDED
 *   AWAITING_PAYMENT, PAYMENT_PENDING  cancel (admin) -> CANCELLED (held seats given back)
 *   CONFIRMED, PARTIALLY_REFUNDED, REFUNDED  cancel (admin) -> CANCELLED (sold seats given back,
 *                                            tickets void; refunding is the caller's separate step)
 *   (refunds of other captures, e.g. a late or second payment, are recorded and change no status)
 *
 * Every change to CONFIRMED runs the confirmation hooks (`onConfirmed`) inside its transaction, so
 * what a confirmation causes (e-mails in the outbox) commits with it or not at all.
 *
 * Every transition locks the booking row (SELECT ... FOR UPDATE) first, so concurrent calls for one
 * booking take turns and each sees the state the previous one left.
 */
import {
  In,
  IsNull,
  QueryFailedError,
  type DataSource,
  type EntityManager,
  type QueryRunner,
  type Repository,
} from 'typeorm';
import { badUserInput, type FieldProblem } from '../../graphql/errors';
import { money } from '../../graphql/money.types';
import type { EventEntity } from '../events/event.entity';
import { CatalogSnapshots } from '../events/catalog-snapshots';
import type { EventsService } from '../events/events.service';
import { remainingSeats, ticketAvailability, TicketAvailability } from '../tickets/ticket-availability';
import { TicketTypeEntity } from '../tickets/ticket-type.entity';
import { BookingLineEntity } from './booking-line.entity';
import { BookingRefundEntity } from './booking-refund.entity';
import { BookingEntity, PaymentProvider } from './booking.entity';
import {
  BookingCause,
  BookingStatus,
  holdHasRunOut,
  holdsSeats,
  INITIAL_STATUS,
  isAwaitingPayment,
  isCancellable,
  isExpired,
  isPaid,
  isPaymentPending,
  statusAfterRefunds,
  transition,
  wasPaid,
} from './booking-status';
import { newBookingReference, newBookingToken, newTicketCode } from './booking-codes';
import { BookingErrorCode, type Booking, type BookingError } from './bookings.types';
import { TicketEntity, TicketStatus } from './ticket.entity';

export interface BookingSettings {
  /** How long a new booking holds its seats. */
  holdMinutes: number;
  /** How long the hold lasts from the start of a payment at the provider. */
  paymentHoldMinutes: number;
  /** How long a read of an event and its ticket types may serve later bookings (see CatalogSnapshots). */
  catalogSnapshotMs: number;
}

export interface CreateBookingRequest {
  eventId?: string | null;
  eventSlug?: string | null;
  accessKey?: string | null;
  lines: { ticketTypeId: string; quantity: number }[];
  buyer: { name: string; email: string };
  attendees: {
    ticketTypeId: string;
    sameAsBuyer?: boolean | null;
    name?: string | null;
    email?: string | null;
  }[];
}

export type CreateBookingResult =
  { booking: Booking; token: string; errors: [] } | { booking: null; token: null; errors: BookingError[] };

/** A payment the provider reports for a booking (captured, or accepted but pending). */
export interface ProviderPayment {
  /** The provider's capture id (PayPal: purchase_units[0].payments.captures[0].id). */
  captureId: string;
  /** Captured amount in minor units of `currency`; must equal the booking total. */
  amountMinor: number;
  currency: string;
  provider?: PaymentProvider;
}

export type MarkPaymentStartedResult =
  | { outcome: 'STARTED'; booking: BookingEntity }
  /** The hold ran out (or the sweep expired it): send the buyer back to book again. */
  | { outcome: 'HOLD_EXPIRED'; booking: BookingEntity }
  /** The booking is past payment (pending, confirmed, cancelled, refunded): nothing to pay. */
  | { outcome: 'NOT_AWAITING_PAYMENT'; booking: BookingEntity }
  /** The booking already has another provider order: reuse `booking.providerOrderId` instead. */
  | { outcome: 'ORDER_MISMATCH'; booking: BookingEntity }
  | { outcome: 'NOT_FOUND' };

export type ConfirmPaidBookingResult =
  /** Seats sold, tickets issued, capture id stored. Send the confirmation. */
  | { outcome: 'CONFIRMED'; booking: BookingEntity }
  /**
   * Nothing changed: the booking was confirmed before (or since refunded; see booking.status). If
   * `booking.providerCaptureId` differs from this capture, this is a second payment: refund it.
   */
  | { outcome: 'ALREADY_CONFIRMED'; booking: BookingEntity }
  /** The capture's amount or currency differs from the booking total: nothing changed; refund it. */
  | { outcome: 'AMOUNT_MISMATCH'; booking: BookingEntity }
  /**
   * The hold was released (expired or cancelled) and the seats could not be taken again. The booking
   * keeps its status and records the capture id: refund the capture and tell the buyer.
   */
  | { outcome: 'HOLD_LOST'; booking: BookingEntity }
  | { outcome: 'NOT_FOUND' };

export type MarkPaymentPendingResult =
  | { outcome: 'PENDING'; booking: BookingEntity }
  | { outcome: 'ALREADY_PENDING'; booking: BookingEntity }
  | { outcome: 'ALREADY_CONFIRMED'; booking: BookingEntity }
  | { outcome: 'AMOUNT_MISMATCH'; booking: BookingEntity }
  | { outcome: 'HOLD_LOST'; booking: BookingEntity }
  | { outcome: 'NOT_FOUND' };

/** A refund the provider made (our call's answer, or seen in its order or webhook). */
export interface ProviderRefund {
  refundId: string;
  captureId: string;
  amountMinor: number;
  currency: string;
  /** Why, for the record (LATE_PAYMENT, SECOND_PAYMENT, an admin's reason ...). */
  reason: string;
  provider?: PaymentProvider;
  /** The admin who asked for it; omitted for refunds the shop or the provider made on its own. */
  requestedBy?: { accountId: string; email: string } | null;
}

/** A capture as the provider reported it, for the booking's payment history. */
export interface ProviderPaymentReport extends ProviderPayment {
  orderId: string;
  /** The provider's status of the capture (PayPal: COMPLETED, PENDING, DECLINED, REFUNDED ...). */
  status: string;
}

export type CancelBookingResult =
  | { outcome: 'CANCELLED'; booking: BookingEntity }
  /** Cancelled (or expired) before: nothing changed. */
  | { outcome: 'NOT_CANCELLABLE'; booking: BookingEntity }
  /** Held when the caller looked, paid now (or the other way round): nothing changed. */
  | { outcome: 'STATUS_CHANGED'; booking: BookingEntity }
  | { outcome: 'NOT_FOUND' };

export type RecordRefundResult =
  /** Stored; `booking.status` is the status after it (changed only for the booking's own capture). */
  | { outcome: 'RECORDED'; booking: BookingEntity; refundedMinor: number }
  /** This refund was stored before: nothing changed. */
  | { outcome: 'ALREADY_RECORDED'; booking: BookingEntity; refundedMinor: number }
  | { outcome: 'NOT_FOUND' };

/**
 * Runs inside the transaction that confirmed a booking (paid or free), after its tickets are issued:
 * the place to enqueue what a confirmation causes (the confirmation e-mail, waiver requests).
 * Throwing rolls the confirmation back.
 */
export type BookingConfirmedHook = (manager: EntityManager, bookingId: string) => Promise<unknown>;

export type ReleaseHoldResult =
  | { outcome: 'RELEASED'; booking: BookingEntity }
  /** The booking holds no seats (confirmed, expired, cancelled ...): nothing changed. */
  | { outcome: 'NOT_HELD'; booking: BookingEntity }
  | { outcome: 'NOT_FOUND' };

const MINUTE = 60 * 1000;
const MAX_INT4 = 2_147_483_647;
const REFERENCE_ATTEMPTS = 8;
const EXPIRY_BATCH_SIZE = 500;

/**
 * How many times createBooking reads the catalog for one request: a cached copy, then fresh reads
 * while the catalog (a price, say) changes between the read and the seats.
 */
const CATALOG_READ_ATTEMPTS = 4;
/**
 * SQLSTATEs raised by TAKE_SEATS_SQL and reserve_paid_booking; the error's detail is the ticket type
 * id (the event id for CATALOG_CHANGED).
 */
const SEATS_UNAVAILABLE_SQLSTATE = 'ES001';
const PRICE_CHANGED_SQLSTATE = 'ES002';
const CATALOG_CHANGED_SQLSTATE = 'ES003';
const REFUSALS = {
  [SEATS_UNAVAILABLE_SQLSTATE]: 'SEATS_UNAVAILABLE',
  [PRICE_CHANGED_SQLSTATE]: 'PRICE_CHANGED',
  [CATALOG_CHANGED_SQLSTATE]: 'CATALOG_CHANGED',
} as const;

/**
 * A new booking's rows in one statement: the booking, its lines and its tickets, written before any
 * seat is taken (TAKE_SEATS_SQL comes last). ON CONFLICT DO NOTHING keeps the transaction usable when
 * the random reference is taken: then nothing is written and no row comes back. The booking's id is
 * left in a transaction-local setting, where TAKE_SEATS_SQL finds it.
 */
const INSERT_BOOKING_ROWS_SQL = `
  WITH new_booking AS (
    INSERT INTO booking (reference, token, event_id, buyer_name, buyer_email, status, total_minor,
                         currency, hold_expires_at, confirmed_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
    ON CONFLICT DO NOTHING
    RETURNING id, created_at
  ), new_lines AS (
    INSERT INTO booking_line (booking_id, ticket_type_id, quantity, unit_price_minor)
    SELECT b.id, l.ticket_type_id, l.quantity, l.unit_price_minor
    FROM new_booking b,
         unnest($11::uuid[], $12::int[], $13::int[]) AS l(ticket_type_id, quantity, unit_price_minor)
  ), new_tickets AS (
    INSERT INTO ticket (booking_id, position, ticket_type_id, attendee_name, attendee_email, code,
                        status, issued_at)
    SELECT b.id, t.position - 1, t.ticket_type_id, t.attendee_name, t.attendee_email, t.code,
           $18::ticket_status, $19
    FROM new_booking b,
         unnest($14::uuid[], $15::text[], $16::text[], $17::text[])
           WITH ORDINALITY AS t(ticket_type_id, attendee_name, attendee_email, code, position)
    RETURNING id, position
  )
  SELECT b.id, b.created_at, array(SELECT id FROM new_tickets ORDER BY position) AS ticket_ids,
         set_config('event_sales.new_booking', b.id::text, true) AS new_booking
  FROM new_booking b`;

/**
 * Takes the seats of the booking INSERT_BOOKING_ROWS_SQL wrote in this transaction, as its lines say:
 * one conditional UPDATE per line, in ticket type id order (so transactions cannot deadlock), into
 * held_count for a booking awaiting payment, into sold_count for a confirmed (free) one. A line whose
 * ticket type is withdrawn, of another event or short of seats raises SEATS_UNAVAILABLE; one whose
 * price changed since it was read raises PRICE_CHANGED; either aborts the transaction. Used by free
 * bookings, whose confirmation hooks run in the same transaction; a paid booking takes its seats with
 * the same checks and SQLSTATEs inside RESERVE_PAID_BOOKING_SQL.
 */
const TAKE_SEATS_SQL = `
  DO $$
  DECLARE
    line record;
  BEGIN
    FOR line IN
      SELECT l.ticket_type_id, l.quantity, l.unit_price_minor, b.event_id, b.status = 'CONFIRMED' AS sold
      FROM booking_line l JOIN booking b ON b.id = l.booking_id
      WHERE b.id = current_setting('event_sales.new_booking')::uuid
      ORDER BY l.ticket_type_id
    LOOP
      UPDATE ticket_type
      SET held_count = held_count + CASE WHEN line.sold THEN 0 ELSE line.quantity END,
          sold_count = sold_count + CASE WHEN line.sold THEN line.quantity ELSE 0 END,
          updated_at = now()
      WHERE id = line.ticket_type_id AND event_id = line.event_id AND is_active
        AND price_minor = line.unit_price_minor AND capacity - sold_count - held_count >= line.quantity;
      IF NOT FOUND THEN
        IF EXISTS (SELECT 1 FROM ticket_type
                   WHERE id = line.ticket_type_id AND price_minor <> line.unit_price_minor) THEN
          RAISE EXCEPTION USING ERRCODE = '${PRICE_CHANGED_SQLSTATE}', MESSAGE = 'price changed',
            DETAIL = line.ticket_type_id;
        END IF;
        RAISE EXCEPTION USING ERRCODE = '${SEATS_UNAVAILABLE_SQLSTATE}', MESSAGE = 'seats unavailable',
          DETAIL = line.ticket_type_id;
      END IF;
    END LOOP;
  END $$`;
/**
 * A booking awaiting payment, its lines, pending tickets and held seats in one statement (one round
 * trip, atomic without BEGIN/COMMIT): the function from migration ReservePaidBookingFunction, which
 * takes the seats last with the checks of TAKE_SEATS_SQL. No row back: the reference was taken.
 */
const RESERVE_PAID_BOOKING_SQL = `
  SELECT reserved_id AS id, reserved_at AS created_at, reserved_ticket_ids AS ticket_ids
  FROM reserve_paid_booking($1::jsonb)`;
const SELL_HELD_SEATS_SQL = `
  UPDATE ticket_type SET held_count = held_count - $1, sold_count = sold_count + $1, updated_at = now()
  WHERE id = $2 AND held_count >= $1
  RETURNING id`;
const RELEASE_SOLD_SEATS_SQL = `
  UPDATE ticket_type SET sold_count = sold_count - $1, updated_at = now()
  WHERE id = $2 AND sold_count >= $1
  RETURNING id`;
const RELEASE_HELD_SEATS_SQL = `
  UPDATE ticket_type SET held_count = held_count - $1, updated_at = now()
  WHERE id = $2 AND held_count >= $1
  RETURNING id`;
/** Takes seats again for a booking whose hold was given back, straight into held or sold. */
const RETAKE_SEATS_SQL = {
  held: `UPDATE ticket_type SET held_count = held_count + $1, updated_at = now()
         WHERE id = $2 AND capacity - sold_count - held_count >= $1 RETURNING id`,
  sold: `UPDATE ticket_type SET sold_count = sold_count + $1, updated_at = now()
         WHERE id = $2 AND capacity - sold_count - held_count >= $1 RETURNING id`,
};

/**
 * The expiry sweep as one statement. Bookings are claimed with FOR UPDATE SKIP LOCKED and re-checked
 * in the UPDATE, so a booking is expired by exactly one sweep even when replicas sweep together, and a
 * booking being confirmed right now (row locked) is left alone. Ticket types are locked in id order
 * before their counters change, like everywhere else.
 */
const EXPIRE_HOLDS_SQL = `
  WITH expired AS (
    UPDATE booking b SET status = 'EXPIRED', updated_at = now()
    WHERE b.id IN (
      SELECT id FROM booking
      WHERE status = 'AWAITING_PAYMENT' AND hold_expires_at < $1
      ORDER BY hold_expires_at
      LIMIT $2
      FOR UPDATE SKIP LOCKED
    ) AND b.status = 'AWAITING_PAYMENT'
    RETURNING b.id
  ), voided AS (
    UPDATE ticket t SET status = 'VOID', updated_at = now()
    FROM expired e WHERE t.booking_id = e.id AND t.status = 'PENDING'
    RETURNING t.id
  ), released AS (
    SELECT l.ticket_type_id, sum(l.quantity)::int AS quantity
    FROM booking_line l JOIN expired e ON e.id = l.booking_id
    GROUP BY l.ticket_type_id
  ), locked AS (
    SELECT tt.id FROM ticket_type tt
    WHERE tt.id IN (SELECT ticket_type_id FROM released)
    ORDER BY tt.id
    FOR UPDATE
  ), given_back AS (
    UPDATE ticket_type tt SET held_count = tt.held_count - r.quantity, updated_at = now()
    FROM released r JOIN locked k ON k.id = r.ticket_type_id
    WHERE tt.id = r.ticket_type_id
    RETURNING tt.id
  )
  SELECT (SELECT count(*) FROM expired)::int AS expired,
         (SELECT count(*) FROM voided)::int AS voided,
         (SELECT count(*) FROM given_back)::int AS ticket_types`;

/** Why TAKE_SEATS_SQL or reserve_paid_booking refused a booking, or null for any other error. */
function catalogRefusal(
  error: unknown,
): { reason: (typeof REFUSALS)[keyof typeof REFUSALS]; ticketTypeId: string | null } | null {
  if (!(error instanceof QueryFailedError)) return null;
  const { code, detail } = error.driverError as { code?: string; detail?: string };
  const reason = REFUSALS[code as keyof typeof REFUSALS];
  if (!reason) return null;
  // CATALOG_CHANGED names the event, not a ticket type.
  return { reason, ticketTypeId: reason === 'CATALOG_CHANGED' ? null : detail! };
}

/** What a new booking's row is written with, before its reference and token are drawn. */
type BookingRowFields = Pick<
  BookingEntity,
  | 'eventId'
  | 'buyerName'
  | 'buyerEmail'
  | 'status'
  | 'totalMinor'
  | 'currency'
  | 'holdExpiresAt'
  | 'confirmedAt'
>;
/** The row INSERT_BOOKING_ROWS_SQL and RESERVE_PAID_BOOKING_SQL return for a booking written. */
type InsertedBookingRow = { id: string; created_at: Date; ticket_ids: string[] };

/** A booking line or ticket with the name of its ticket type, as bookingView shows them. */
type NamedLine = Pick<BookingLineEntity, 'ticketTypeId' | 'quantity' | 'unitPriceMinor'> & {
  ticketTypeName: string;
};
type NamedTicket = Pick<
  TicketEntity,
  'id' | 'ticketTypeId' | 'attendeeName' | 'attendeeEmail' | 'status' | 'code'
> & { ticketTypeName: string };

/** A booking as the API shows it; lines in catalog order, tickets by position. */
function bookingView(
  booking: BookingEntity,
  event: EventEntity,
  lines: NamedLine[],
  tickets: NamedTicket[],
): Booking {
  const holds = holdsSeats(booking.status);
  return {
    id: booking.id,
    reference: booking.reference,
    status: booking.status,
    event,
    buyer: { name: booking.buyerName, email: booking.buyerEmail },
    lines: lines.map((line) => ({
      ticketTypeId: line.ticketTypeId,
      ticketTypeName: line.ticketTypeName,
      quantity: line.quantity,
      unitPrice: money(line.unitPriceMinor, booking.currency),
      total: money(line.unitPriceMinor * line.quantity, booking.currency),
    })),
    total: money(booking.totalMinor, booking.currency),
    holdExpiresAt: holds ? booking.holdExpiresAt : null,
    confirmedAt: booking.confirmedAt,
    createdAt: booking.createdAt,
    tickets: tickets.map((ticket) => ({
      id: ticket.id,
      ticketTypeId: ticket.ticketTypeId,
      ticketTypeName: ticket.ticketTypeName,
      attendeeName: ticket.attendeeName,
      attendeeEmail: ticket.attendeeEmail,
      status: ticket.status,
      code: ticket.status === TicketStatus.ISSUED ? ticket.code : null,
    })),
  };
}

/** Runs a statement on the transaction's connection, returning its rows. */
async function rows<Row = Record<string, unknown>>(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<Row[]> {
  const result = await manager.queryRunner!.query(sql, parameters, true);
  return result.records as Row[];
}

function bookingError(
  code: BookingErrorCode,
  message: string,
  field: string | null,
  ticketTypeId: string | null = null,
): BookingError {
  return { code, message, field, ticketTypeId };
}

function failed(errors: BookingError[]): CreateBookingResult {
  return { booking: null, token: null, errors };
}

export class BookingsService {
  private readonly bookings: Repository<BookingEntity>;
  private readonly confirmedHooks: BookingConfirmedHook[] = [];
  private readonly catalogSnapshots: CatalogSnapshots;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly settings: BookingSettings,
  ) {
    this.bookings = dataSource.getRepository(BookingEntity);
    this.catalogSnapshots = new CatalogSnapshots(
      (event) => events.findWithActiveTicketTypes(event),
      settings.catalogSnapshotMs,
    );
  }

  /** Adds a hook run in every confirming transaction (see BookingConfirmedHook). */
  onConfirmed(hook: BookingConfirmedHook): void {
    this.confirmedHooks.push(hook);
  }

  private async runConfirmedHooks(manager: EntityManager, bookingId: string): Promise<void> {
    for (const hook of this.confirmedHooks) await hook(manager, bookingId);
  }

  /**
   * Reserves seats: checks the request against the catalog (sales window, min/max per order, seats)
   * and prices it, then writes the booking and, last, holds every line's seats with one conditional
   * UPDATE each (see reserve). A free booking (total 0) is confirmed in the same transaction. Business
   * problems come back as `errors`; malformed requests throw BAD_USER_INPUT.
   *
   * The catalog comes from CatalogSnapshots, so in a hot sale most bookings cost one statement. A copy
   * read earlier is used only to say yes: any refusal is made again on a fresh read, a paid booking
   * from a copy is refused by PostgreSQL if the catalog changed since (CATALOG_CHANGED: start over on
   * a fresh read), and a free one, which that check does not cover, is always made from a fresh read.
   */
  async createBooking(request: CreateBookingRequest, now: Date): Promise<CreateBookingResult> {
    this.checkRequestShape(request);
    const eventReference = request.eventId ? { id: request.eventId } : { slug: request.eventSlug! };

    let fresh = false;
    for (let attempt = 1; ; attempt++) {
      const { found, cached } = await this.catalogSnapshots.get(eventReference, { fresh });
      fresh = true;
      if (!found || !this.events.isVisible(found.event, request.accessKey)) {
        if (cached) continue;
        return failed([
          bookingError(
            BookingErrorCode.EVENT_NOT_FOUND,
            'There is no such event.',
            request.eventId ? 'eventId' : 'eventSlug',
          ),
        ]);
      }
      const { event, ticketTypes } = found;
      const byId = new Map(ticketTypes.map((ticketType) => [ticketType.id, ticketType]));
      const errors = [...this.lineErrors(request, byId, event, now), ...this.attendeeErrors(request, byId)];
      if (errors.length > 0) {
        if (cached) continue;
        return failed(errors);
      }
      if (cached && request.lines.every((line) => byId.get(line.ticketTypeId)!.priceMinor === 0)) continue;

      try {
        return await this.reserve(request, event, byId, now);
      } catch (error) {
        const refusal = catalogRefusal(error);
        if (!refusal) throw error;
        // What was read no longer holds (and the price read is the one charged): start over.
        if (cached || refusal.reason !== 'SEATS_UNAVAILABLE') {
          if (attempt < CATALOG_READ_ATTEMPTS) continue;
          throw new Error(`the catalog of event ${event.id} kept changing during a booking`, {
            cause: error,
          });
        }
        const index = request.lines.findIndex((line) => line.ticketTypeId === refusal.ticketTypeId);
        const name = byId.get(refusal.ticketTypeId!)!.name;
        return failed([
          bookingError(
            BookingErrorCode.SOLD_OUT,
            `Not enough "${name}" tickets are left.`,
            `lines.${index}.quantity`,
            refusal.ticketTypeId,
          ),
        ]);
      }
    }
  }

  /**
   * The booking behind a shopper's secret link, or null. Found through the unique index on the token,
   * with no comparison in JavaScript: the lookup's timing tells at most where a guess sorts among
   * stored tokens, which does not help anyone guess 192 random bits.
   */
  async findByToken(token: string): Promise<Booking | null> {
    const booking = await this.bookings.findOneBy({ token });
    return booking ? this.viewOf(booking) : null;
  }

  /** The booking row for internal callers (payments, jobs); never exposed by id to clients. */
  findEntityById(bookingId: string): Promise<BookingEntity | null> {
    return this.bookings.findOneBy({ id: bookingId });
  }

  /** The booking row behind a shopper's token (e.g. for a "pay now" mutation that takes the token). */
  findEntityByToken(token: string): Promise<BookingEntity | null> {
    return this.bookings.findOneBy({ token });
  }

  /** The booking a provider order belongs to (webhooks, reconciliation); unique by index. */
  findEntityByProviderOrder(
    providerOrderId: string,
    provider: PaymentProvider = PaymentProvider.PAYPAL,
  ): Promise<BookingEntity | null> {
    return this.bookings.findOneBy({ paymentProvider: provider, providerOrderId });
  }

  /**
   * Call when the buyer is sent to the payment provider: stores the provider's order id and extends
   * the hold to at least `now + BOOKING_PAYMENT_HOLD_MINUTES` (it never shortens it). Refuses a hold
   * that has run out, even if the sweep has not expired it yet. Calling it again with the same order
   * id extends again; a different order id is refused (ORDER_MISMATCH) so one booking never has two
   * live orders: reuse `booking.providerOrderId`. `replacesOrderId` allows the one exception: a new
   * order replacing the stored one after that one ended without payment (e.g. a declined capture).
   */
  async markPaymentStarted(
    bookingId: string,
    order: { providerOrderId: string; provider?: PaymentProvider; replacesOrderId?: string },
    now: Date,
  ): Promise<MarkPaymentStartedResult> {
    const provider = order.provider ?? PaymentProvider.PAYPAL;
    return this.dataSource.transaction(async (manager) => {
      const booking = await this.lock(manager, bookingId);
      if (!booking) return { outcome: 'NOT_FOUND' };
      if (holdHasRunOut(booking, now)) return { outcome: 'HOLD_EXPIRED', booking };
      if (!isAwaitingPayment(booking.status)) return { outcome: 'NOT_AWAITING_PAYMENT', booking };
      if (
        booking.providerOrderId &&
        booking.providerOrderId !== order.replacesOrderId &&
        (booking.providerOrderId !== order.providerOrderId || booking.paymentProvider !== provider)
      ) {
        return { outcome: 'ORDER_MISMATCH', booking };
      }
      const extended = new Date(now.getTime() + this.settings.paymentHoldMinutes * MINUTE);
      booking.paymentProvider = provider;
      booking.providerOrderId = order.providerOrderId;
      if (extended > booking.holdExpiresAt!) booking.holdExpiresAt = extended;
      await manager.update(BookingEntity, booking.id, {
        paymentProvider: provider,
        providerOrderId: order.providerOrderId,
        holdExpiresAt: booking.holdExpiresAt,
      });
      return { outcome: 'STARTED', booking };
    });
  }

  /**
   * Call when the provider reports a COMPLETED capture (from the capture call, a webhook or
   * reconciliation). Idempotent and safe to call concurrently: the booking row is locked, so exactly
   * one call confirms (seats held -> sold, tickets issued once) and the others see ALREADY_CONFIRMED.
   * A booking whose hold was given back (EXPIRED) is confirmed if its seats can be taken again;
   * otherwise, or if it was CANCELLED before payment, the outcome is HOLD_LOST and the caller refunds.
   * A booking an admin cancelled after it was paid counts as ALREADY_CONFIRMED: its own capture is
   * settled already (kept or refunded as the admin chose), another one is a second payment.
   */
  async confirmPaidBooking(
    bookingId: string,
    payment: ProviderPayment,
    now: Date,
  ): Promise<ConfirmPaidBookingResult> {
    const provider = payment.provider ?? PaymentProvider.PAYPAL;
    return this.dataSource.transaction(async (manager) => {
      const booking = await this.lock(manager, bookingId);
      if (!booking) return { outcome: 'NOT_FOUND' };
      if (wasPaid(booking)) return { outcome: 'ALREADY_CONFIRMED', booking };
      if (payment.amountMinor !== booking.totalMinor || payment.currency !== booking.currency) {
        return { outcome: 'AMOUNT_MISMATCH', booking };
      }
      const lines = await this.linesOf(manager, booking.id);

      if (holdsSeats(booking.status)) {
        await this.sellHeldSeats(manager, lines);
      } else if (!isExpired(booking.status) || !(await this.retakeSeats(manager, lines, 'sold'))) {
        await manager.update(BookingEntity, booking.id, {
          paymentProvider: provider,
          providerCaptureId: payment.captureId,
        });
        return {
          outcome: 'HOLD_LOST',
          booking: { ...booking, paymentProvider: provider, providerCaptureId: payment.captureId },
        };
      }

      await this.issueTickets(manager, booking.id, now);
      const changes = {
        status: transition(booking.status, BookingStatus.CONFIRMED, BookingCause.PAYMENT_CAPTURED),
        confirmedAt: now,
        paymentProvider: provider,
        providerCaptureId: payment.captureId,
      };
      await manager.update(BookingEntity, booking.id, changes);
      await this.runConfirmedHooks(manager, booking.id);
      return { outcome: 'CONFIRMED', booking: { ...booking, ...changes } };
    });
  }

  /**
   * Call when the provider accepted a capture but reports it PENDING: the booking waits in
   * PAYMENT_PENDING, seats held, untouched by the expiry sweep, until confirmPaidBooking (completed)
   * or releaseHold (denied). A booking whose hold had already expired takes its seats back if it can,
   * else HOLD_LOST (the capture id is stored; refund or void it when it completes).
   */
  async markPaymentPending(
    bookingId: string,
    payment: ProviderPayment,
    now: Date,
  ): Promise<MarkPaymentPendingResult> {
    const provider = payment.provider ?? PaymentProvider.PAYPAL;
    return this.dataSource.transaction(async (manager) => {
      const booking = await this.lock(manager, bookingId);
      if (!booking) return { outcome: 'NOT_FOUND' };
      if (wasPaid(booking)) return { outcome: 'ALREADY_CONFIRMED', booking };
      if (isPaymentPending(booking.status)) return { outcome: 'ALREADY_PENDING', booking };
      if (payment.amountMinor !== booking.totalMinor || payment.currency !== booking.currency) {
        return { outcome: 'AMOUNT_MISMATCH', booking };
      }
      const changes: Partial<BookingEntity> = {
        paymentProvider: provider,
        providerCaptureId: payment.captureId,
      };
      if (!isAwaitingPayment(booking.status)) {
        const lines = await this.linesOf(manager, booking.id);
        if (!isExpired(booking.status) || !(await this.retakeSeats(manager, lines, 'held'))) {
          const recorded = { paymentProvider: provider, providerCaptureId: payment.captureId };
          await manager.update(BookingEntity, booking.id, recorded);
          return { outcome: 'HOLD_LOST', booking: { ...booking, ...recorded } };
        }
        await manager.update(
          TicketEntity,
          { bookingId: booking.id, status: TicketStatus.VOID },
          { status: TicketStatus.PENDING },
        );
        changes.holdExpiresAt = new Date(now.getTime() + this.settings.paymentHoldMinutes * MINUTE);
      }
      changes.status = transition(
        booking.status,
        BookingStatus.PAYMENT_PENDING,
        BookingCause.PAYMENT_PENDING,
      );
      await manager.update(BookingEntity, booking.id, changes);
      return { outcome: 'PENDING', booking: { ...booking, ...changes } };
    });
  }

  /**
   * Gives a booking's held seats back at once and marks it CANCELLED (the buyer cancelled at the
   * provider, or the provider denied the payment). Does nothing to bookings that hold no seats.
   */
  async releaseHold(bookingId: string): Promise<ReleaseHoldResult> {
    return this.dataSource.transaction(async (manager) => {
      const booking = await this.lock(manager, bookingId);
      if (!booking) return { outcome: 'NOT_FOUND' };
      if (!holdsSeats(booking.status)) return { outcome: 'NOT_HELD', booking };
      const status = transition(booking.status, BookingStatus.CANCELLED, BookingCause.HOLD_RELEASED);
      await this.giveSeatsBack(manager, booking.id, 'held');
      await manager.update(BookingEntity, booking.id, { status });
      return { outcome: 'RELEASED', booking: { ...booking, status } };
    });
  }

  /**
   * An admin calls the booking off: a hold gives its seats back, a paid booking (confirmed, or
   * refunded in part or whole) gives its sold seats back; every ticket becomes VOID (no longer admits)
   * and the booking CANCELLED with the time and reason. Money is not touched here: the caller refunds
   * first (outside any transaction), then cancels. `expected` is what the caller decided on: a booking
   * that changed from held to paid (or back) meanwhile is left alone (STATUS_CHANGED) so nothing paid
   * is cancelled unrefunded by surprise. `inTransaction` runs in the same transaction (audit, e-mails).
   * Cancelled, expired or unknown bookings change nothing.
   */
  async cancel(
    bookingId: string,
    cancellation: { reason: string; now: Date; expected: 'held' | 'paid' },
    inTransaction?: (manager: EntityManager, booking: BookingEntity) => Promise<void>,
  ): Promise<CancelBookingResult> {
    return this.dataSource.transaction(async (manager) => {
      const booking = await this.lock(manager, bookingId);
      if (!booking) return { outcome: 'NOT_FOUND' };
      if (!isCancellable(booking.status)) return { outcome: 'NOT_CANCELLABLE', booking };
      const held = holdsSeats(booking.status);
      if ((cancellation.expected === 'held') !== held) return { outcome: 'STATUS_CHANGED', booking };
      await this.giveSeatsBack(manager, booking.id, held ? 'held' : 'sold');
      const changes = {
        status: transition(booking.status, BookingStatus.CANCELLED, BookingCause.CANCELLED_BY_ADMIN),
        cancelledAt: cancellation.now,
        cancellationReason: cancellation.reason.slice(0, 500),
      };
      await manager.update(BookingEntity, booking.id, changes);
      const cancelled = { ...booking, ...changes };
      await inTransaction?.(manager, cancelled);
      return { outcome: 'CANCELLED', booking: cancelled };
    });
  }

  /** Gives a booking's held or sold seats back (ticket types in id order) and voids its tickets. */
  private async giveSeatsBack(
    manager: EntityManager,
    bookingId: string,
    from: 'held' | 'sold',
  ): Promise<void> {
    const sql = from === 'held' ? RELEASE_HELD_SEATS_SQL : RELEASE_SOLD_SEATS_SQL;
    for (const line of await this.linesOf(manager, bookingId)) {
      const released = await rows(manager, sql, [line.quantity, line.ticketTypeId]);
      // Counted seats missing means the counters are corrupt: stop, roll back.
      if (released.length === 0) throw new Error(`${from} seats of booking ${bookingId} are missing`);
    }
    await manager.update(
      TicketEntity,
      { bookingId, status: In([TicketStatus.PENDING, TicketStatus.ISSUED]) },
      { status: TicketStatus.VOID },
    );
  }

  /**
   * Keeps a capture the provider reported in the booking's payment history (one row per capture,
   * its status updated as it changes). Called for every capture settled, before its settlement.
   */
  async recordPayment(bookingId: string, payment: ProviderPaymentReport): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO booking_payment
         (booking_id, provider, provider_order_id, provider_capture_id, status, amount_minor, currency)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (provider, provider_capture_id) DO UPDATE
         SET status = EXCLUDED.status, amount_minor = EXCLUDED.amount_minor, updated_at = now()
         WHERE booking_payment.status <> EXCLUDED.status`,
      [
        bookingId,
        payment.provider ?? PaymentProvider.PAYPAL,
        payment.orderId,
        payment.captureId,
        payment.status.slice(0, 32),
        payment.amountMinor,
        payment.currency,
      ],
    );
  }

  /**
   * Records a refund the provider made for this booking, once (unique by refund id), and, when it
   * refunds the capture that paid the booking, sets REFUNDED or PARTIALLY_REFUNDED from the sum of
   * that capture's refunds (a full refund also voids the tickets). Refunds of other captures (a late
   * or second payment) are recorded without changing the status. `inTransaction` runs in the same
   * transaction, also when the refund was recorded before (so it must be idempotent, as e-mails with
   * a cause key are; `isNew` says which): whoever records a refund first, the buyer is told once.
   * A refund with `requestedBy` that a webhook recorded first without one counts as new for the
   * requester's call (it takes over the reason and requester), so its audit entry is written once.
   */
  async recordRefund(
    bookingId: string,
    refund: ProviderRefund,
    inTransaction?: (manager: EntityManager, booking: BookingEntity, isNew: boolean) => Promise<void>,
  ): Promise<RecordRefundResult> {
    const provider = refund.provider ?? PaymentProvider.PAYPAL;
    return this.dataSource.transaction(async (manager) => {
      const booking = await this.lock(manager, bookingId);
      if (!booking) return { outcome: 'NOT_FOUND' };
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(BookingRefundEntity)
        .values({
          bookingId,
          provider,
          providerRefundId: refund.refundId,
          providerCaptureId: refund.captureId,
          amountMinor: refund.amountMinor,
          currency: refund.currency,
          reason: refund.reason.slice(0, 500),
          requestedById: refund.requestedBy?.accountId ?? null,
          requestedByEmail: refund.requestedBy?.email ?? null,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const isNew = (inserted.raw as unknown[]).length === 1;
      // PayPal's webhook may have recorded an admin's refund first, knowing no reason or requester:
      // the admin's call claims it (once), so the record says who asked and why.
      const claimed =
        !isNew && refund.requestedBy
          ? (
              (
                await manager
                  .createQueryBuilder()
                  .update(BookingRefundEntity)
                  .set({
                    reason: refund.reason.slice(0, 500),
                    requestedById: refund.requestedBy.accountId,
                    requestedByEmail: refund.requestedBy.email,
                  })
                  .where(
                    'provider = :provider AND provider_refund_id = :refundId AND requested_by_id IS NULL',
                    {
                      provider,
                      refundId: refund.refundId,
                    },
                  )
                  .returning(['id'])
                  .execute()
              ).raw as unknown[]
            ).length === 1
          : false;
      const refundedMinor = booking.providerCaptureId
        ? Number(
            (
              await manager
                .createQueryBuilder(BookingRefundEntity, 'refund')
                .select('coalesce(sum(refund.amountMinor), 0)', 'sum')
                .where('refund.bookingId = :bookingId', { bookingId })
                .andWhere('refund.providerCaptureId = :captureId', { captureId: booking.providerCaptureId })
                .getRawOne<{ sum: string }>()
            )?.sum ?? 0,
          )
        : 0;
      if (isNew) {
        // The payment history shows the capture as PayPal now has it: refunded in part or in full.
        await manager.query(
          `UPDATE booking_payment p
              SET status = CASE WHEN refunds.sum >= p.amount_minor THEN 'REFUNDED' ELSE 'PARTIALLY_REFUNDED' END,
                  updated_at = now()
             FROM (SELECT coalesce(sum(amount_minor), 0) AS sum FROM booking_refund
                    WHERE provider = $1 AND provider_capture_id = $2) refunds
            WHERE p.provider = $1 AND p.provider_capture_id = $2
              AND p.status IN ('COMPLETED', 'PARTIALLY_REFUNDED')`,
          [provider, refund.captureId],
        );
      }
      if (!isNew) {
        await inTransaction?.(manager, booking, claimed);
        return { outcome: 'ALREADY_RECORDED', booking, refundedMinor };
      }

      if (isPaid(booking.status) && refund.captureId === booking.providerCaptureId && refundedMinor > 0) {
        const status = statusAfterRefunds(refundedMinor, booking.totalMinor);
        if (status !== booking.status) {
          transition(booking.status, status, BookingCause.REFUND_RECORDED);
          await manager.update(BookingEntity, booking.id, { status });
          booking.status = status;
        }
        if (status === BookingStatus.REFUNDED) {
          await manager.update(
            TicketEntity,
            { bookingId: booking.id, status: TicketStatus.ISSUED },
            { status: TicketStatus.VOID },
          );
        }
      }
      await inTransaction?.(manager, booking, true);
      return { outcome: 'RECORDED', booking, refundedMinor };
    });
  }

  /**
   * Expires every AWAITING_PAYMENT booking whose hold ended before `now` and gives its seats back,
   * in batches of one statement each. Idempotent and safe to run from several processes at once.
   * Returns how many bookings it expired.
   */
  async expireHolds(now: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const [result] = (await this.dataSource.query(EXPIRE_HOLDS_SQL, [now, EXPIRY_BATCH_SIZE])) as {
        expired: number;
      }[];
      total += result.expired;
      if (result.expired < EXPIRY_BATCH_SIZE) return total;
    }
  }

  /** A booking as the API shows it. */
  async viewOf(booking: BookingEntity): Promise<Booking | null> {
    const manager = this.dataSource.manager;
    const [event, lines, tickets] = await Promise.all([
      this.events.findById(booking.eventId),
      manager.find(BookingLineEntity, {
        where: { bookingId: booking.id },
        relations: { ticketType: true },
        order: { ticketType: { sortOrder: 'ASC', createdAt: 'ASC' } },
      }),
      manager.find(TicketEntity, {
        where: { bookingId: booking.id },
        relations: { ticketType: true },
        order: { position: 'ASC' },
      }),
    ]);
    if (!event) return null;
    return bookingView(
      booking,
      event,
      lines.map((line) => ({ ...line, ticketTypeName: line.ticketType!.name })),
      tickets.map((ticket) => ({ ...ticket, ticketTypeName: ticket.ticketType!.name })),
    );
  }

  /** Malformed requests (not business outcomes): which event, and each ticket type at most once. */
  private checkRequestShape(request: CreateBookingRequest): void {
    const problems: FieldProblem[] = [];
    if (Boolean(request.eventId) === Boolean(request.eventSlug)) {
      problems.push({ field: 'eventId', message: 'give either eventId or eventSlug' });
    }
    const seen = new Set<string>();
    request.lines.forEach((line, index) => {
      if (seen.has(line.ticketTypeId)) {
        problems.push({ field: `lines.${index}.ticketTypeId`, message: 'appears in an earlier line' });
      }
      seen.add(line.ticketTypeId);
    });
    if (problems.length > 0) throw badUserInput(problems);
  }

  /** Each line against its ticket type's rules, reusing the catalog's on-sale rules. */
  private lineErrors(
    request: CreateBookingRequest,
    byId: Map<string, TicketTypeEntity>,
    event: EventEntity,
    now: Date,
  ): BookingError[] {
    return request.lines.flatMap((line, index) => {
      const ticketType = byId.get(line.ticketTypeId);
      if (!ticketType) {
        return [
          bookingError(
            BookingErrorCode.TICKET_TYPE_NOT_FOUND,
            'This event has no such ticket type.',
            `lines.${index}.ticketTypeId`,
            line.ticketTypeId,
          ),
        ];
      }
      const named = (code: BookingErrorCode, message: string, field: 'ticketTypeId' | 'quantity') =>
        bookingError(code, message, `lines.${index}.${field}`, ticketType.id);
      const availability = ticketAvailability(ticketType, event, now);
      if (availability === TicketAvailability.NOT_YET_ON_SALE) {
        return [
          named(BookingErrorCode.NOT_ON_SALE, `"${ticketType.name}" is not on sale yet.`, 'ticketTypeId'),
        ];
      }
      if (availability === TicketAvailability.SALES_ENDED) {
        return [
          named(BookingErrorCode.NOT_ON_SALE, `Sales of "${ticketType.name}" have ended.`, 'ticketTypeId'),
        ];
      }
      if (line.quantity < ticketType.minPerOrder) {
        return [
          named(
            BookingErrorCode.BELOW_MIN_PER_ORDER,
            `"${ticketType.name}" is sold in orders of at least ${ticketType.minPerOrder}.`,
            'quantity',
          ),
        ];
      }
      if (line.quantity > ticketType.maxPerOrder) {
        return [
          named(
            BookingErrorCode.ABOVE_MAX_PER_ORDER,
            `One order may contain at most ${ticketType.maxPerOrder} "${ticketType.name}" tickets.`,
            'quantity',
          ),
        ];
      }
      // A first look at the counters; the conditional UPDATE in the transaction has the last word.
      const remaining = remainingSeats(ticketType);
      if (remaining === 0 || availability === TicketAvailability.SOLD_OUT) {
        return [named(BookingErrorCode.SOLD_OUT, `"${ticketType.name}" is sold out.`, 'quantity')];
      }
      if (remaining < line.quantity) {
        return [
          named(
            BookingErrorCode.NOT_ENOUGH_SEATS,
            `Only ${remaining} "${ticketType.name}" tickets are left.`,
            'quantity',
          ),
        ];
      }
      return [];
    });
  }

  /** One attendee per ticket: as many attendees of each type as its line's quantity. */
  private attendeeErrors(request: CreateBookingRequest, byId: Map<string, TicketTypeEntity>): BookingError[] {
    const quantities = new Map(request.lines.map((line) => [line.ticketTypeId, line.quantity]));
    const errors: BookingError[] = [];
    const counts = new Map<string, number>();
    request.attendees.forEach((attendee, index) => {
      if (!quantities.has(attendee.ticketTypeId)) {
        errors.push(
          bookingError(
            BookingErrorCode.ATTENDEES_MISMATCH,
            'This attendee holds a ticket type that is not booked.',
            `attendees.${index}.ticketTypeId`,
            attendee.ticketTypeId,
          ),
        );
      }
      counts.set(attendee.ticketTypeId, (counts.get(attendee.ticketTypeId) ?? 0) + 1);
    });
    request.lines.forEach((line, index) => {
      const count = counts.get(line.ticketTypeId) ?? 0;
      if (count !== line.quantity) {
        const name = byId.get(line.ticketTypeId)?.name ?? 'this ticket type';
        errors.push(
          bookingError(
            BookingErrorCode.ATTENDEES_MISMATCH,
            `${line.quantity} "${name}" tickets need ${line.quantity} attendees, not ${count}.`,
            `lines.${index}.quantity`,
            line.ticketTypeId,
          ),
        );
      }
    });
    return errors;
  }

  /**
   * The reservation, priced from the ticket types read by createBooking. Everything that can happen
   * before the transaction does (total, codes, the view's rows); in it, one statement writes the booking,
   * its lines and tickets, and the seats are taken last, so a ticket type row is locked as briefly as
   * possible. A paid booking is one statement (RESERVE_PAID_BOOKING_SQL, no BEGIN/COMMIT round trips);
   * a free one is confirmed at once in a transaction, its confirmation hooks running before the seats
   * are taken (TAKE_SEATS_SQL). Throws what either raises (see seatsRefusal), nothing left written.
   */
  private async reserve(
    request: CreateBookingRequest,
    event: EventEntity,
    ticketTypes: Map<string, TicketTypeEntity>,
    now: Date,
  ): Promise<CreateBookingResult> {
    const priceOf = (line: { ticketTypeId: string }) => ticketTypes.get(line.ticketTypeId)!.priceMinor;
    const totalMinor = request.lines.reduce((sum, line) => sum + line.quantity * priceOf(line), 0);
    if (totalMinor > MAX_INT4) throw badUserInput([{ field: 'lines', message: 'the total is too large' }]);
    const free = totalMinor === 0;
    const buyerName = request.buyer.name.trim();
    const buyerEmail = request.buyer.email.trim();
    const fields = {
      eventId: event.id,
      buyerName,
      buyerEmail,
      status: INITIAL_STATUS[free ? BookingCause.RESERVED_FREE : BookingCause.RESERVED],
      totalMinor,
      currency: event.currency,
      holdExpiresAt: free ? null : new Date(now.getTime() + this.settings.holdMinutes * MINUTE),
      confirmedAt: free ? now : null,
    };
    const lines = [...request.lines]
      .sort((a, b) => {
        const [first, second] = [ticketTypes.get(a.ticketTypeId)!, ticketTypes.get(b.ticketTypeId)!];
        return first.sortOrder - second.sortOrder || first.createdAt.getTime() - second.createdAt.getTime();
      })
      .map((line) => ({
        ticketTypeId: line.ticketTypeId,
        ticketTypeName: ticketTypes.get(line.ticketTypeId)!.name,
        quantity: line.quantity,
        unitPriceMinor: priceOf(line),
      }));
    // A free booking's tickets are issued at once: their codes are drawn here, outside the transaction.
    const tickets = request.attendees.map((attendee) => ({
      ticketTypeId: attendee.ticketTypeId,
      ticketTypeName: ticketTypes.get(attendee.ticketTypeId)!.name,
      attendeeName: attendee.sameAsBuyer ? buyerName : attendee.name!.trim(),
      attendeeEmail: attendee.sameAsBuyer ? buyerEmail : attendee.email?.trim() || null,
      status: free ? TicketStatus.ISSUED : TicketStatus.PENDING,
      code: free ? newTicketCode() : null,
    }));
    const written = free
      ? await this.dataSource.transaction(async (manager) => {
          const inserted = await this.insertBookingRows(fields, (candidate) =>
            this.insertFreeBookingRows(manager.queryRunner!, candidate, lines, tickets, now),
          );
          await this.runConfirmedHooks(manager, inserted.booking.id);
          await manager.query(TAKE_SEATS_SQL);
          return inserted;
        })
      : await this.insertBookingRows(fields, (candidate) =>
          this.dataSource.query(RESERVE_PAID_BOOKING_SQL, [
            JSON.stringify({
              reference: candidate.reference,
              token: candidate.token,
              event_id: candidate.eventId,
              catalog_version: event.catalogVersion,
              buyer_name: candidate.buyerName,
              buyer_email: candidate.buyerEmail,
              total_minor: candidate.totalMinor,
              currency: candidate.currency,
              hold_expires_at: candidate.holdExpiresAt!.toISOString(),
              lines: lines.map((line) => ({
                ticket_type_id: line.ticketTypeId,
                quantity: line.quantity,
                unit_price_minor: line.unitPriceMinor,
              })),
              tickets: tickets.map((ticket) => ({
                ticket_type_id: ticket.ticketTypeId,
                attendee_name: ticket.attendeeName,
                attendee_email: ticket.attendeeEmail,
              })),
            }),
          ]),
        );

    const view = bookingView(
      written.booking,
      event,
      lines,
      tickets.map((ticket, position) => ({ ...ticket, id: written.ticketIds[position] })),
    );
    return { booking: view, token: written.booking.token, errors: [] };
  }

  /**
   * Writes a booking with `insert` (one statement that writes nothing and returns no row when the
   * random reference is taken), trying another reference on the rare clash.
   */
  private async insertBookingRows(
    fields: BookingRowFields,
    insert: (
      candidate: BookingRowFields & Pick<BookingEntity, 'reference' | 'token'>,
    ) => Promise<InsertedBookingRow[]>,
  ): Promise<{ booking: BookingEntity; ticketIds: string[] }> {
    for (let attempt = 1; attempt <= REFERENCE_ATTEMPTS; attempt++) {
      const candidate = { ...fields, reference: newBookingReference(), token: newBookingToken() };
      const inserted = await insert(candidate);
      if (inserted.length === 1) {
        const booking = this.bookings.create({
          ...candidate,
          id: inserted[0].id,
          paymentProvider: null,
          providerOrderId: null,
          providerCaptureId: null,
          createdAt: inserted[0].created_at,
          updatedAt: inserted[0].created_at,
        });
        return { booking, ticketIds: inserted[0].ticket_ids };
      }
    }
    throw new Error(`no free booking reference after ${REFERENCE_ATTEMPTS} attempts`);
  }

  /** A confirmed (free) booking's rows with issued tickets, in the caller's transaction (no seats). */
  private async insertFreeBookingRows(
    runner: QueryRunner,
    candidate: BookingRowFields & Pick<BookingEntity, 'reference' | 'token'>,
    lines: Pick<BookingLineEntity, 'ticketTypeId' | 'quantity' | 'unitPriceMinor'>[],
    tickets: Pick<TicketEntity, 'ticketTypeId' | 'attendeeName' | 'attendeeEmail' | 'code'>[],
    issuedAt: Date,
  ): Promise<InsertedBookingRow[]> {
    const result = await runner.query(
      INSERT_BOOKING_ROWS_SQL,
      [
        candidate.reference,
        candidate.token,
        candidate.eventId,
        candidate.buyerName,
        candidate.buyerEmail,
        candidate.status,
        candidate.totalMinor,
        candidate.currency,
        candidate.holdExpiresAt,
        candidate.confirmedAt,
        lines.map((line) => line.ticketTypeId),
        lines.map((line) => line.quantity),
        lines.map((line) => line.unitPriceMinor),
        tickets.map((ticket) => ticket.ticketTypeId),
        tickets.map((ticket) => ticket.attendeeName),
        tickets.map((ticket) => ticket.attendeeEmail),
        tickets.map((ticket) => ticket.code),
        TicketStatus.ISSUED,
        issuedAt,
      ],
      true,
    );
    return result.records as InsertedBookingRow[];
  }

  private lock(manager: EntityManager, bookingId: string): Promise<BookingEntity | null> {
    return manager
      .getRepository(BookingEntity)
      .createQueryBuilder('booking')
      .setLock('pessimistic_write')
      .where('booking.id = :bookingId', { bookingId })
      .getOne();
  }

  /** A booking's lines in ticket type id order, the order every counter change follows. */
  private linesOf(manager: EntityManager, bookingId: string): Promise<BookingLineEntity[]> {
    return manager.find(BookingLineEntity, { where: { bookingId }, order: { ticketTypeId: 'ASC' } });
  }

  private async sellHeldSeats(
    manager: EntityManager,
    lines: Pick<BookingLineEntity, 'ticketTypeId' | 'quantity'>[],
  ): Promise<void> {
    const ordered = [...lines].sort((a, b) => (a.ticketTypeId < b.ticketTypeId ? -1 : 1));
    for (const line of ordered) {
      const sold = await rows(manager, SELL_HELD_SEATS_SQL, [line.quantity, line.ticketTypeId]);
      // Held seats are counted; missing ones mean the counters are corrupt: stop, roll back.
      if (sold.length === 0) throw new Error(`held seats of ticket type ${line.ticketTypeId} are missing`);
    }
  }

  /**
   * Takes the seats of a booking whose hold was given back, all or none (a savepoint undoes a
   * partial success). Returns false when some ticket type has not enough seats left.
   */
  private async retakeSeats(
    manager: EntityManager,
    lines: BookingLineEntity[],
    into: 'held' | 'sold',
  ): Promise<boolean> {
    await manager.query('SAVEPOINT retake_seats');
    for (const line of lines) {
      const taken = await rows(manager, RETAKE_SEATS_SQL[into], [line.quantity, line.ticketTypeId]);
      if (taken.length === 0) {
        await manager.query('ROLLBACK TO SAVEPOINT retake_seats');
        return false;
      }
    }
    await manager.query('RELEASE SAVEPOINT retake_seats');
    return true;
  }

  /** Gives every not yet issued ticket of the booking its code (void ones too: they are paid for now). */
  private async issueTickets(manager: EntityManager, bookingId: string, now: Date): Promise<void> {
    const tickets = await manager.find(TicketEntity, {
      select: { id: true },
      where: { bookingId, code: IsNull() },
    });
    if (tickets.length === 0) return;
    await manager.query(
      `UPDATE ticket t SET code = v.code, status = 'ISSUED', issued_at = $3, updated_at = now()
       FROM unnest($1::uuid[], $2::text[]) AS v(id, code)
       WHERE t.id = v.id AND t.code IS NULL`,
      [tickets.map((ticket) => ticket.id), tickets.map(() => newTicketCode()), now],
    );
  }
}
