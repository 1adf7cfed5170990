/**
 * The booking state machine as data, and every question asked of a booking's status. Nothing else
 * compares status values: the lifecycle checks each change against BOOKING_TRANSITIONS, and checkout,
 * the admin side, views, e-mails and waivers ask the predicates below.
 *
 * Seats: held (ticket_type.held_count) while AWAITING_PAYMENT or PAYMENT_PENDING, sold (sold_count)
 * while CONFIRMED, PARTIALLY_REFUNDED or REFUNDED, given back on EXPIRED and CANCELLED.
 */
import { BookingStatus } from './booking.entity';

export { BookingStatus };

/** What moved a booking from one status to another. */
export enum BookingCause {
  /** A new booking with a total above 0 holds its seats. */
  RESERVED = 'RESERVED',
  /** A new free booking (total 0) is confirmed at once, seats sold, tickets issued. */
  RESERVED_FREE = 'RESERVED_FREE',
  /** The provider reported a COMPLETED capture (held seats sold, or given-back seats taken again). */
  PAYMENT_CAPTURED = 'PAYMENT_CAPTURED',
  /** The provider accepted a capture but reports it PENDING (seats held, never swept). */
  PAYMENT_PENDING = 'PAYMENT_PENDING',
  /** The buyer cancelled at the provider, or the provider denied the payment: seats given back. */
  HOLD_RELEASED = 'HOLD_RELEASED',
  /** The hold ran out before payment (the expiry sweep): seats given back. */
  HOLD_EXPIRED = 'HOLD_EXPIRED',
  /** An admin called the booking off: held or sold seats given back, tickets void. */
  CANCELLED_BY_ADMIN = 'CANCELLED_BY_ADMIN',
  /** A refund of the booking's own capture was recorded (a full one voids the tickets). */
  REFUND_RECORDED = 'REFUND_RECORDED',
}

export interface BookingTransition {
  to: BookingStatus;
  cause: BookingCause;
}

/** The status a new booking starts in, by cause. */
export const INITIAL_STATUS: Readonly<
  Record<BookingCause.RESERVED | BookingCause.RESERVED_FREE, BookingStatus>
> = {
  [BookingCause.RESERVED]: BookingStatus.AWAITING_PAYMENT,
  [BookingCause.RESERVED_FREE]: BookingStatus.CONFIRMED,
};

/**
 * Every allowed change: from-status -> (to-status, cause). A change not listed is a bug (the
 * lifecycle throws). A refund of another capture (a late or second payment) changes no status.
 */
export const BOOKING_TRANSITIONS: Readonly<Record<BookingStatus, readonly BookingTransition[]>> = {
  [BookingStatus.AWAITING_PAYMENT]: [
    { to: BookingStatus.PAYMENT_PENDING, cause: BookingCause.PAYMENT_PENDING },
    { to: BookingStatus.CONFIRMED, cause: BookingCause.PAYMENT_CAPTURED },
    { to: BookingStatus.CANCELLED, cause: BookingCause.HOLD_RELEASED },
    { to: BookingStatus.EXPIRED, cause: BookingCause.HOLD_EXPIRED },
    { to: BookingStatus.CANCELLED, cause: BookingCause.CANCELLED_BY_ADMIN },
  ],
  [BookingStatus.PAYMENT_PENDING]: [
    { to: BookingStatus.CONFIRMED, cause: BookingCause.PAYMENT_CAPTURED },
    { to: BookingStatus.CANCELLED, cause: BookingCause.HOLD_RELEASED },
    { to: BookingStatus.CANCELLED, cause: BookingCause.CANCELLED_BY_ADMIN },
  ],
  // A payment that arrives after the hold ran out keeps the booking if its seats are still free.
  [BookingStatus.EXPIRED]: [
    { to: BookingStatus.CONFIRMED, cause: BookingCause.PAYMENT_CAPTURED },
    { to: BookingStatus.PAYMENT_PENDING, cause: BookingCause.PAYMENT_PENDING },
  ],
  [BookingStatus.CONFIRMED]: [
    { to: BookingStatus.PARTIALLY_REFUNDED, cause: BookingCause.REFUND_RECORDED },
    { to: BookingStatus.REFUNDED, cause: BookingCause.REFUND_RECORDED },
    { to: BookingStatus.CANCELLED, cause: BookingCause.CANCELLED_BY_ADMIN },
  ],
  [BookingStatus.PARTIALLY_REFUNDED]: [
    { to: BookingStatus.REFUNDED, cause: BookingCause.REFUND_RECORDED },
    { to: BookingStatus.CANCELLED, cause: BookingCause.CANCELLED_BY_ADMIN },
  ],
  // Refunded in full: the seats stay sold until an admin cancels it.
  [BookingStatus.REFUNDED]: [{ to: BookingStatus.CANCELLED, cause: BookingCause.CANCELLED_BY_ADMIN }],
  // Final: a payment that arrives now is refunded (HOLD_LOST), the status stays.
  [BookingStatus.CANCELLED]: [],
};

/** Whether the table allows `from` -> `to` for `cause`. */
export function canTransition(from: BookingStatus, to: BookingStatus, cause: BookingCause): boolean {
  return BOOKING_TRANSITIONS[from].some((transition) => transition.to === to && transition.cause === cause);
}

/** The status to write for `cause`; throws (a bug, not a client's error) when the table forbids it. */
export function transition(from: BookingStatus, to: BookingStatus, cause: BookingCause): BookingStatus {
  if (!canTransition(from, to, cause)) {
    throw new Error(`booking status ${from} cannot become ${to} (${cause})`);
  }
  return to;
}

// ----- Predicates ---------------------------------------------------------------------------------

/** Statuses whose seats are counted in ticket_type.held_count. */
export const SEAT_HOLDING_STATUSES: readonly BookingStatus[] = [
  BookingStatus.AWAITING_PAYMENT,
  BookingStatus.PAYMENT_PENDING,
];

/** Paid for: confirmed, or refunded in part or whole (seats sold). */
export const PAID_STATUSES: readonly BookingStatus[] = [
  BookingStatus.CONFIRMED,
  BookingStatus.PARTIALLY_REFUNDED,
  BookingStatus.REFUNDED,
];

/** Statuses whose seats were given back without payment: the hold ran out, or was called off. */
export const SEATS_RELEASED_STATUSES: readonly BookingStatus[] = [
  BookingStatus.EXPIRED,
  BookingStatus.CANCELLED,
];

/** Statuses whose issued tickets admit (and can be resent, and need waivers signed). */
export const VALID_TICKET_STATUSES: readonly BookingStatus[] = [
  BookingStatus.CONFIRMED,
  BookingStatus.PARTIALLY_REFUNDED,
];

/** The seats are held for payment (AWAITING_PAYMENT or PAYMENT_PENDING). */
export function holdsSeats(status: BookingStatus): boolean {
  return SEAT_HOLDING_STATUSES.includes(status);
}

/** Paid for now: confirmed, or refunded in part or whole (seats sold). */
export function isPaid(status: BookingStatus): boolean {
  return PAID_STATUSES.includes(status);
}

/**
 * Paid for at some point: paid now, or cancelled by an admin after it was paid (a booking is confirmed
 * only once paid, or free). Its payment is the booking's; another capture is a second payment.
 */
export function wasPaid(booking: { status: BookingStatus; confirmedAt: Date | null }): boolean {
  return (
    isPaid(booking.status) || (booking.status === BookingStatus.CANCELLED && booking.confirmedAt !== null)
  );
}

/** Confirmed and not refunded at all. */
export function isConfirmed(status: BookingStatus): boolean {
  return status === BookingStatus.CONFIRMED;
}

/** Its tickets admit: confirmed, or refunded in part only. */
export function hasValidTickets(status: BookingStatus): boolean {
  return VALID_TICKET_STATUSES.includes(status);
}

/** Waiting for the buyer to pay (holding seats, no capture reported yet). */
export function isAwaitingPayment(status: BookingStatus): boolean {
  return status === BookingStatus.AWAITING_PAYMENT;
}

/** The provider accepted a capture that is not complete yet (seats held, not swept). */
export function isPaymentPending(status: BookingStatus): boolean {
  return status === BookingStatus.PAYMENT_PENDING;
}

/** The hold ran out and the sweep gave the seats back. */
export function isExpired(status: BookingStatus): boolean {
  return status === BookingStatus.EXPIRED;
}

/** Called off (by the buyer at the provider, or by an admin). */
export function isCancelled(status: BookingStatus): boolean {
  return status === BookingStatus.CANCELLED;
}

/** The seats were given back without payment: expired, or cancelled. */
export function lostItsSeats(status: BookingStatus): boolean {
  return SEATS_RELEASED_STATUSES.includes(status);
}

/** Its hold has run out at `now`, whether or not the sweep has expired it yet. */
export function holdHasRunOut(
  booking: { status: BookingStatus; holdExpiresAt: Date | null },
  now: Date,
): boolean {
  return isExpired(booking.status) || (isAwaitingPayment(booking.status) && booking.holdExpiresAt! <= now);
}

/** An admin called it off (a buyer's cancellation at the provider leaves no cancellation time). */
export function cancelledByOrganiser(booking: { status: BookingStatus; cancelledAt: Date | null }): boolean {
  return isCancelled(booking.status) && booking.cancelledAt !== null;
}

/** An admin may cancel it: it holds seats or is paid for. */
export function isCancellable(status: BookingStatus): boolean {
  return holdsSeats(status) || isPaid(status);
}

/**
 * Money of the booking's own payment may still be given back: it was paid (confirmed with a capture,
 * total above 0) and no longer holds seats.
 */
export function isRefundable(booking: {
  status: BookingStatus;
  confirmedAt: Date | null;
  providerCaptureId: string | null;
  totalMinor: number;
}): boolean {
  return hasBeenPaidMoney(booking) && !holdsSeats(booking.status);
}

/** A capture paid it and it was confirmed (a free booking never was paid money). */
export function hasBeenPaidMoney(booking: {
  confirmedAt: Date | null;
  providerCaptureId: string | null;
  totalMinor: number;
}): boolean {
  return Boolean(booking.confirmedAt && booking.providerCaptureId) && booking.totalMinor > 0;
}

/** The status after refunds of the booking's own payment summing to `refundedMinor`. */
export function statusAfterRefunds(refundedMinor: number, totalMinor: number): BookingStatus {
  return refundedMinor >= totalMinor ? BookingStatus.REFUNDED : BookingStatus.PARTIALLY_REFUNDED;
}

/** The status in words for people, e.g. "partially refunded". */
export function describeStatus(status: BookingStatus): string {
  return status.toLowerCase().replace(/_/g, ' ');
}
