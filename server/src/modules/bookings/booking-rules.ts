/**
 * The rules a booking request must follow, as pure functions of the request, the catalog read and
 * the time (no database, no clock of their own): the request's shape, each line against its ticket
 * type, attendees against lines, and the price. The reservation service (booking-reservation.service.ts)
 * applies them; booking-rules.test.ts checks them without a database.
 */
import { domainProblem, InvalidInputError, retryLater, type FieldProblem } from '../../common/domain-error';
import type { EventEntity } from '../events/event.entity';
import type { OpenBookingLimitExceeded } from '../tickets/seat-inventory';
import { remainingSeats, ticketAvailability, TicketAvailability } from '../tickets/ticket-availability';
import type { TicketTypeEntity } from '../tickets/ticket-type.entity';
import type { AnswerGiven } from '../questions/answer-rules';
import { BookingErrorCode, type BookingError } from './bookings.types';

/** The largest total a booking may have (the column is a PostgreSQL integer). */
const MAX_INT4 = 2_147_483_647;

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
    /** The attendee's answers to the event's ATTENDEE questions. */
    answers?: AnswerGiven[] | null;
  }[];
  /** A code (voucher) of the event: a discount, hidden ticket types (modules/vouchers). */
  voucherCode?: string | null;
  /** The buyer's answers to the event's BOOKING questions. */
  answers?: AnswerGiven[] | null;
  /** Made once per checkout form: the same request again returns the same booking. */
  idempotencyKey?: string | null;
  /** A waiting-list offer's token: the booking takes the seats held for it. */
  waitingListOfferToken?: string | null;
}

/** The catalog the rules read: the event's active ticket types by id. */
export type TicketTypesById = ReadonlyMap<string, TicketTypeEntity>;

export function bookingError(
  code: BookingErrorCode,
  message: string,
  field: string | null,
  ticketTypeId: string | null = null,
): BookingError {
  return { code, message, field, ticketTypeId, retryAfterSeconds: null };
}

/**
 * An e-mail address as the per-buyer caps compare it: trimmed, lower case, without a `+tag` (which
 * most providers deliver to the same mailbox), so `Ana+1@x.org` and `ana@x.org` count as one buyer.
 */
export function bookingEmailKey(email: string): string {
  return email
    .trim()
    .toLowerCase()
    .replace(/\+[^@]*(?=@[^@]*$)/, '');
}

/** createBooking called too often from the caller's address (CHECKOUT_RATE_LIMIT). */
export function tooManyAttempts(retryAfterSeconds: number): BookingError {
  return {
    ...retryLater(
      BookingErrorCode.TOO_MANY_ATTEMPTS,
      'Too many booking attempts from your network.',
      retryAfterSeconds,
    ),
    ticketTypeId: null,
  };
}

/**
 * This process already has as many bookings waiting as it queues (BOOKING_QUEUE_LIMIT): a moment
 * later there is room again, so the wait is a second, not retryLater's minutes.
 */
export function busy(): BookingError {
  return {
    ...domainProblem(
      BookingErrorCode.TOO_MANY_ATTEMPTS,
      'Many people are booking right now. Please try again in a moment.',
    ),
    retryAfterSeconds: 1,
    ticketTypeId: null,
  };
}

/**
 * The errors for a booking over the open-booking caps (check_open_booking_limits.sql): the buyer's
 * e-mail (field `buyer.email`) or the caller's address (no field) has enough unpaid or free bookings
 * of the event, or they take `seatCap` seats between them.
 */
export function openBookingLimitErrors(
  exceeded: OpenBookingLimitExceeded[],
  seatCap: number,
): BookingError[] {
  const unpaid = 'unpaid or free bookings for this event';
  const messages: Record<OpenBookingLimitExceeded, [string | null, string]> = {
    email_bookings: [
      'buyer.email',
      `This e-mail address already has as many ${unpaid} as allowed: pay for or cancel one first, or wait until its hold ends.`,
    ],
    email_seats: [
      'buyer.email',
      `The ${unpaid} with this e-mail address may hold at most ${seatCap} tickets together.`,
    ],
    address_bookings: [
      null,
      `Your network already has as many ${unpaid} as allowed: pay for one first, or wait until its hold ends.`,
    ],
    address_seats: [
      null,
      `The ${unpaid} made from your network may hold at most ${seatCap} tickets together.`,
    ],
  };
  return exceeded.map((cap) =>
    bookingError(BookingErrorCode.TOO_MANY_OPEN_BOOKINGS, messages[cap][1], messages[cap][0]),
  );
}

/**
 * Malformed requests (not business outcomes): which event, and each ticket type at most once.
 * Throws an InvalidInputError naming every bad field.
 */
export function checkRequestShape(request: CreateBookingRequest): void {
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
  if (problems.length > 0) throw new InvalidInputError(problems);
}

/** Each line against its ticket type's rules, reusing the catalog's on-sale rules. */
export function lineErrors(
  request: CreateBookingRequest,
  byId: TicketTypesById,
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
export function attendeeErrors(request: CreateBookingRequest, byId: TicketTypesById): BookingError[] {
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
  // Every attendee's e-mail gets messages of its own (the waiver request): one booking may not send
  // them to one address over and over. Attendees "same as buyer" share the buyer's, by design.
  const emails = new Set<string>();
  request.attendees.forEach((attendee, index) => {
    const email = attendee.sameAsBuyer ? '' : (attendee.email?.trim() ?? '');
    if (!email) return;
    const key = bookingEmailKey(email);
    if (emails.has(key)) {
      errors.push(
        bookingError(
          BookingErrorCode.DUPLICATE_ATTENDEE_EMAIL,
          'Another attendee of this booking has this e-mail address already; give each attendee their own, or leave it empty.',
          `attendees.${index}.email`,
          attendee.ticketTypeId,
        ),
      );
    }
    emails.add(key);
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

/** Every business problem of a well-formed request against the catalog read at `now`. */
export function requestErrors(
  request: CreateBookingRequest,
  byId: TicketTypesById,
  event: EventEntity,
  now: Date,
): BookingError[] {
  return [...lineErrors(request, byId, event, now), ...attendeeErrors(request, byId)];
}

/** Every line is of a free ticket type (only then is the booking free whatever is asked). */
export function allLinesFree(request: CreateBookingRequest, byId: TicketTypesById): boolean {
  return request.lines.every((line) => byId.get(line.ticketTypeId)!.priceMinor === 0);
}

/** A priced line, with its ticket type's name for the view. */
export interface PricedLine {
  ticketTypeId: string;
  ticketTypeName: string;
  quantity: number;
  unitPriceMinor: number;
  /** What the booking's code takes off each ticket (voucher-pricing.ts); 0 without one. */
  unitDiscountMinor: number;
}

/** What a booking line costs: its quantity at the unit price less its code's discount. */
export function lineTotalMinor(
  line: Pick<PricedLine, 'quantity' | 'unitPriceMinor' | 'unitDiscountMinor'>,
): number {
  return line.quantity * (line.unitPriceMinor - line.unitDiscountMinor);
}

/** One attendee's ticket-to-be (names trimmed; "same as buyer" resolved). */
export interface AttendeeTicket {
  ticketTypeId: string;
  ticketTypeName: string;
  attendeeName: string;
  attendeeEmail: string | null;
}

export interface PricedBooking {
  totalMinor: number;
  /** Total 0: confirmed at once, tickets issued, no payment. */
  free: boolean;
  buyerName: string;
  buyerEmail: string;
  /** In catalog order (sort order, then creation). */
  lines: PricedLine[];
  /** In the request's attendee order (ticket positions). */
  tickets: AttendeeTicket[];
}

/**
 * Prices a request that passed the rules, from the ticket types read (never from the client).
 * Throws an InvalidInputError when the total does not fit the booking's integer column.
 */
export function priceBooking(request: CreateBookingRequest, byId: TicketTypesById): PricedBooking {
  const priceOf = (line: { ticketTypeId: string }) => byId.get(line.ticketTypeId)!.priceMinor;
  const totalMinor = request.lines.reduce((sum, line) => sum + line.quantity * priceOf(line), 0);
  if (totalMinor > MAX_INT4) {
    throw new InvalidInputError([{ field: 'lines', message: 'the total is too large' }]);
  }
  const buyerName = request.buyer.name.trim();
  const buyerEmail = request.buyer.email.trim();
  const lines = [...request.lines]
    .sort((a, b) => {
      const [first, second] = [byId.get(a.ticketTypeId)!, byId.get(b.ticketTypeId)!];
      return first.sortOrder - second.sortOrder || first.createdAt.getTime() - second.createdAt.getTime();
    })
    .map((line) => ({
      ticketTypeId: line.ticketTypeId,
      ticketTypeName: byId.get(line.ticketTypeId)!.name,
      quantity: line.quantity,
      unitPriceMinor: priceOf(line),
      unitDiscountMinor: 0,
    }));
  const tickets = request.attendees.map((attendee) => ({
    ticketTypeId: attendee.ticketTypeId,
    ticketTypeName: byId.get(attendee.ticketTypeId)!.name,
    attendeeName: attendee.sameAsBuyer ? buyerName : attendee.name!.trim(),
    attendeeEmail: attendee.sameAsBuyer ? buyerEmail : attendee.email?.trim() || null,
  }));
  return { totalMinor, free: totalMinor === 0, buyerName, buyerEmail, lines, tickets };
}
