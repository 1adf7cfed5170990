/** The booking state machine and its predicates, without a database. */
import {
  BOOKING_TRANSITIONS,
  BookingCause,
  BookingStatus,
  canTransition,
  cancelledByOrganiser,
  describeStatus,
  hasValidTickets,
  holdHasRunOut,
  holdsSeats,
  isCancellable,
  isPaid,
  isRefundable,
  lostItsSeats,
  statusAfterRefunds,
  transition,
  wasPaid,
} from './booking-status';

const ALL = Object.values(BookingStatus);
const NOW = new Date('2030-06-01T09:00:00.000Z');

describe('BOOKING_TRANSITIONS', () => {
  it('lists every status, and CANCELLED is final', () => {
    expect(Object.keys(BOOKING_TRANSITIONS).sort()).toEqual([...ALL].sort());
    expect(BOOKING_TRANSITIONS[BookingStatus.CANCELLED]).toEqual([]);
  });

  it('confirms a hold, a pending payment and an expired booking whose payment arrived late', () => {
    for (const from of [
      BookingStatus.AWAITING_PAYMENT,
      BookingStatus.PAYMENT_PENDING,
      BookingStatus.EXPIRED,
    ]) {
      expect(canTransition(from, BookingStatus.CONFIRMED, BookingCause.PAYMENT_CAPTURED)).toBe(true);
    }
    expect(
      canTransition(BookingStatus.CANCELLED, BookingStatus.CONFIRMED, BookingCause.PAYMENT_CAPTURED),
    ).toBe(false);
  });

  it('expires only a booking awaiting payment (a pending payment is never swept)', () => {
    const expiring = ALL.filter((from) =>
      canTransition(from, BookingStatus.EXPIRED, BookingCause.HOLD_EXPIRED),
    );
    expect(expiring).toEqual([BookingStatus.AWAITING_PAYMENT]);
  });

  it('lets an admin cancel exactly the bookings that hold seats or are paid', () => {
    for (const from of ALL) {
      expect(canTransition(from, BookingStatus.CANCELLED, BookingCause.CANCELLED_BY_ADMIN)).toBe(
        isCancellable(from),
      );
    }
  });

  it('refunds only a paid booking, and never back from REFUNDED', () => {
    const refundable = ALL.filter((from) =>
      BOOKING_TRANSITIONS[from].some((step) => step.cause === BookingCause.REFUND_RECORDED),
    );
    expect(refundable).toEqual([BookingStatus.CONFIRMED, BookingStatus.PARTIALLY_REFUNDED]);
  });

  it('transition returns the new status, and throws for a change the table does not allow', () => {
    expect(
      transition(BookingStatus.PAYMENT_PENDING, BookingStatus.CANCELLED, BookingCause.HOLD_RELEASED),
    ).toBe(BookingStatus.CANCELLED);
    expect(() =>
      transition(BookingStatus.EXPIRED, BookingStatus.CANCELLED, BookingCause.HOLD_RELEASED),
    ).toThrow('booking status EXPIRED cannot become CANCELLED (HOLD_RELEASED)');
  });
});

describe('status predicates', () => {
  it('holdsSeats: awaiting payment and pending payment', () => {
    expect(ALL.filter(holdsSeats)).toEqual([BookingStatus.AWAITING_PAYMENT, BookingStatus.PAYMENT_PENDING]);
  });

  it('isPaid: confirmed and refunded in part or whole', () => {
    expect(ALL.filter(isPaid)).toEqual([
      BookingStatus.CONFIRMED,
      BookingStatus.REFUNDED,
      BookingStatus.PARTIALLY_REFUNDED,
    ]);
  });

  it('wasPaid: paid now, or cancelled after a confirmation', () => {
    expect(wasPaid({ status: BookingStatus.REFUNDED, confirmedAt: NOW })).toBe(true);
    expect(wasPaid({ status: BookingStatus.CANCELLED, confirmedAt: NOW })).toBe(true);
    expect(wasPaid({ status: BookingStatus.CANCELLED, confirmedAt: null })).toBe(false);
    expect(wasPaid({ status: BookingStatus.EXPIRED, confirmedAt: null })).toBe(false);
  });

  it('hasValidTickets: confirmed and partially refunded', () => {
    expect(ALL.filter(hasValidTickets)).toEqual([BookingStatus.CONFIRMED, BookingStatus.PARTIALLY_REFUNDED]);
  });

  it('lostItsSeats: expired and cancelled', () => {
    expect(ALL.filter(lostItsSeats)).toEqual([BookingStatus.EXPIRED, BookingStatus.CANCELLED]);
  });

  it('holdHasRunOut: expired, or awaiting payment past its hold, swept or not', () => {
    const awaiting = (holdExpiresAt: Date) => ({ status: BookingStatus.AWAITING_PAYMENT, holdExpiresAt });
    expect(holdHasRunOut(awaiting(NOW), NOW)).toBe(true);
    expect(holdHasRunOut(awaiting(new Date(NOW.getTime() + 1)), NOW)).toBe(false);
    expect(holdHasRunOut({ status: BookingStatus.EXPIRED, holdExpiresAt: null }, NOW)).toBe(true);
    expect(holdHasRunOut({ status: BookingStatus.PAYMENT_PENDING, holdExpiresAt: NOW }, NOW)).toBe(false);
  });

  it('cancelledByOrganiser: cancelled with a cancellation time', () => {
    expect(cancelledByOrganiser({ status: BookingStatus.CANCELLED, cancelledAt: NOW })).toBe(true);
    expect(cancelledByOrganiser({ status: BookingStatus.CANCELLED, cancelledAt: null })).toBe(false);
  });

  it('isRefundable: paid money and no longer holding seats', () => {
    const paid = { confirmedAt: NOW, providerCaptureId: 'CAPTURE', totalMinor: 100 };
    expect(isRefundable({ ...paid, status: BookingStatus.CANCELLED })).toBe(true);
    expect(isRefundable({ ...paid, status: BookingStatus.PAYMENT_PENDING })).toBe(false);
    expect(isRefundable({ ...paid, totalMinor: 0, status: BookingStatus.CONFIRMED })).toBe(false);
    expect(isRefundable({ ...paid, providerCaptureId: null, status: BookingStatus.CONFIRMED })).toBe(false);
  });

  it('statusAfterRefunds and describeStatus', () => {
    expect(statusAfterRefunds(100, 100)).toBe(BookingStatus.REFUNDED);
    expect(statusAfterRefunds(99, 100)).toBe(BookingStatus.PARTIALLY_REFUNDED);
    expect(describeStatus(BookingStatus.PARTIALLY_REFUNDED)).toBe('partially refunded');
  });
});
